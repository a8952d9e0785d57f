import {html, json, redirect, type Reply} from '../server/reply.ts'
import type {LakeRequest} from '../server/request.ts'
import type {Route} from '../server/router.ts'
import {unauthorized, type Authenticator} from './authenticator.ts'
import {loginErrorPage, loginPage} from './loginPage.ts'
import {roleSummary} from './roles.ts'
import type {LakeUser} from './users.ts'

const loginPath = '/auth/login/local'

function signedIn(request: LakeRequest): LakeUser {
  if (!request.user) throw unauthorized('Not signed in: send "Authorization: Bearer <token>"')
  return request.user
}

/** Only pages on this machine may receive a session: the sid is as good as a token. */
function loopbackOrigin(origin: string | null): URL | null {
  if (!origin) return null
  try {
    const url = new URL(origin)
    const host = url.hostname
    const local =
      host === 'localhost' ||
      host.endsWith('.localhost') ||
      host === '127.0.0.1' ||
      host === '[::1]'
    return local && (url.protocol === 'http:' || url.protocol === 'https:') ? url : null
  } catch {
    return null
  }
}

function pickUser(request: LakeRequest, auth: Authenticator): Reply {
  const origin = loopbackOrigin(request.query.get('origin'))
  if (!origin)
    return html(
      loginErrorPage(
        'The login link lacks an "origin" on this machine (http(s)://localhost…) to return to.',
      ),
      400,
    )
  const user = auth.user(request.query.get('user') ?? '')
  if (!user || user.robot)
    return html(loginErrorPage('Unknown demo user: go back and pick one from the list.'), 400)
  origin.hash = `sid=${auth.issueSid(user.id)}`
  return redirect(origin.toString())
}

export function authRoutes(auth: Authenticator, projectId: string): Route[] {
  return [
    {
      method: 'GET',
      path: '/users/me',
      handler(request) {
        const user = signedIn(request)
        return json({
          id: user.id,
          name: user.name,
          email: user.email,
          profileImage: null,
          provider: 'sanity',
          role: user.role,
          roles: [roleSummary(user.role)],
        })
      },
    },
    {
      method: 'GET',
      path: '/users/:ids',
      handler(request, params) {
        const me = signedIn(request)
        const ids = (params.ids ?? '').split(',')
        const users = ids
          .map((id) => (id === 'me' ? me : auth.user(id)))
          .filter((user) => user !== undefined)
          .map((user) => ({
            id: user.id,
            displayName: user.name,
            familyName: null,
            givenName: null,
            middleName: null,
            imageUrl: null,
            email: user.email,
            isCurrentUser: user.id === me.id,
            projectId,
          }))
        return json(users)
      },
    },
    {
      method: 'GET',
      path: '/projects/:projectId/datasets/:dataset/acl',
      handler: (request) => json(request.access.grants),
    },
    {
      method: 'GET',
      path: '/auth/providers',
      handler: (request) =>
        json({
          thirdPartyLogin: false,
          sso: {saml: false},
          providers: [
            {name: 'sanity', title: 'Local lake', url: `${request.origin}/v1${loginPath}`},
          ],
        }),
    },
    {
      method: 'GET',
      path: loginPath,
      handler(request) {
        const origin = request.query.get('origin') ?? ''
        const pick = (user: LakeUser) =>
          `${request.origin}/v1${loginPath}/pick?${new URLSearchParams({user: user.id, origin})}`
        return html(loginPage(auth.users, pick))
      },
    },
    {method: 'GET', path: `${loginPath}/pick`, handler: (request) => pickUser(request, auth)},
    {
      method: 'GET',
      path: '/auth/fetch',
      handler(request) {
        const token = auth.redeemSid(request.query.get('sid') ?? '')
        if (!token) throw unauthorized('Unknown or expired session id: sign in again')
        return json({token})
      },
    },
    {method: ['GET', 'POST'], path: '/auth/logout', handler: () => json({})},
  ]
}
