import {readFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {apiVersion, startTestLake, type TestLake} from '../../helpers/lake.ts'

let lake: TestLake

beforeAll(async () => {
  lake = await startTestLake()
})
afterAll(() => lake?.stop())

const studioOrigin = 'https://localhost:4000/studio/structure'

describe('login (loginMethod "token")', () => {
  it('goes providers → login page → pick a person → #sid → /auth/fetch → token → /users/me', async () => {
    const providers = await (await fetch(`${lake.httpUrl}/v2026-05-04/auth/providers`)).json()
    expect(providers).toEqual({
      thirdPartyLogin: false,
      sso: {saml: false},
      providers: [{name: 'sanity', title: 'Local lake', url: expect.any(String)}],
    })
    const loginUrl = new URL(providers.providers[0].url)
    loginUrl.search = new URLSearchParams({
      origin: studioOrigin,
      projectId: 'local',
      withSid: 'true',
    }).toString()
    const page = await (await fetch(loginUrl)).text()
    expect(page).toContain('Maya Okafor')
    expect(page).not.toContain('robot')
    const pick = /href="([^"]+)" data-user-id="pMayaOkafor"/
      .exec(page)?.[1]
      ?.replaceAll('&amp;', '&')
    expect(pick).toBeDefined()

    const redirect = await fetch(pick ?? '', {redirect: 'manual'})
    expect(redirect.status).toBe(302)
    const location = new URL(redirect.headers.get('location') ?? '')
    expect(`${location.origin}${location.pathname}`).toBe(studioOrigin)
    const sid = /^#sid=(.+)$/.exec(location.hash)?.[1] ?? ''
    expect(sid.length).toBeGreaterThanOrEqual(20)

    const fetched = await fetch(`${lake.httpUrl}/v2026-05-04/auth/fetch?sid=${sid}`)
    const {token} = await fetched.json()
    expect(token).toBe(lake.token('pMayaOkafor'))
    const again = await fetch(`${lake.httpUrl}/v2026-05-04/auth/fetch?sid=${sid}`)
    expect(again.status).toBe(401)

    const me = await fetch(`${lake.httpUrl}/v2026-05-04/users/me`, {
      headers: {authorization: `Bearer ${token}`},
    })
    expect(await me.json()).toEqual({
      id: 'pMayaOkafor',
      name: 'Maya Okafor',
      email: 'maya.okafor@vetted.local',
      profileImage: null,
      provider: 'sanity',
      role: 'contributor',
      roles: [{name: 'contributor', title: 'Contributor', description: expect.any(String)}],
    })
  })

  it('answers 401 on /users/me without a token or with a foreign one (the Studio shows login)', async () => {
    expect((await fetch(`${lake.httpUrl}/v2026-05-04/users/me`)).status).toBe(401)
    const foreign = await fetch(`${lake.httpUrl}/v2026-05-04/users/me`, {
      headers: {authorization: 'Bearer skNotIssuedByThisLake000000000000000000'},
    })
    expect(foreign.status).toBe(401)
  })

  it('refuses to hand a session to a page that is not on this machine', async () => {
    const pick = `${lake.httpUrl}/v1/auth/login/local/pick?user=pMayaOkafor&origin=${encodeURIComponent('https://evil.example/')}`
    const response = await fetch(pick, {redirect: 'manual'})
    expect(response.status).toBe(400)
    expect(response.headers.get('location')).toBeNull()
    const page = await response.text()
    expect(page).toContain('Cannot sign in')
    expect(page).toContain('lacks an &quot;origin&quot; on this machine (http(s)://localhost…)')
    expect(page).not.toContain('sid=')
    expect(page).not.toContain(lake.token('pMayaOkafor'))
  })

  it('keeps the tokens it issued across restarts (DATA/demo-users.json)', () => {
    const issued = JSON.parse(readFileSync(path.join(lake.dataDir, 'demo-users.json'), 'utf8'))
    expect(issued.map((user: {id: string}) => user.id)).toContain('rPublisher')
    expect(Object.keys(issued[0]).sort()).toEqual(['id', 'name', 'role', 'token'])
  })
})

const acl = (userId: string) =>
  lake.client(userId).request({url: '/projects/local/datasets/production/acl'})

describe('grants', () => {
  it('answers each role its grant shape on /acl', async () => {
    expect(await acl('pSamLee')).toEqual([
      {filter: '_id in path("**")', permissions: ['history', 'read', 'update', 'create']},
    ])
    expect(await acl('pMayaOkafor')).toEqual([
      {filter: '_id in path("**")', permissions: ['read']},
      {filter: '_id in path("drafts.**")', permissions: ['history', 'read', 'update', 'create']},
    ])
    expect(await acl('rSiteReader')).toEqual([
      {filter: '_id in path("**")', permissions: ['history', 'read']},
    ])
  })

  it('names users by id for the Studio (/users/{ids})', async () => {
    const users = await lake.client('pSamLee').request({url: '/users/pMayaOkafor,pSamLee,nobody'})
    expect(users).toEqual([
      expect.objectContaining({
        id: 'pMayaOkafor',
        displayName: 'Maya Okafor',
        isCurrentUser: false,
      }),
      expect.objectContaining({id: 'pSamLee', displayName: 'Sam Lee', isCurrentUser: true}),
    ])
  })
})

describe('per-user key-value settings', () => {
  it('stores values per user', async () => {
    const sam = lake.client('pSamLee')
    const stored = await sam.request({
      method: 'PUT',
      url: '/users/me/keyvalue',
      body: [{key: 'studio.structure-tool.layout.article', value: 'detail'}],
    })
    expect(stored).toEqual([{key: 'studio.structure-tool.layout.article', value: 'detail'}])
    const url = '/users/me/keyvalue/studio.structure-tool.layout.article,studio.other'
    expect(await sam.request({url})).toEqual([
      {key: 'studio.structure-tool.layout.article', value: 'detail'},
      {key: 'studio.other', value: null},
    ])
    expect(await lake.client('pMayaOkafor').request({url})).toEqual([
      {key: 'studio.structure-tool.layout.article', value: null},
      {key: 'studio.other', value: null},
    ])
  })
})

describe('CORS and the project', () => {
  it("answers preflights by echoing the Studio's origin with credentials", async () => {
    const response = await fetch(`${lake.httpUrl}/v${apiVersion}/data/query/production`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://localhost:4000',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization,x-sanity-app',
      },
    })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe('https://localhost:4000')
    expect(response.headers.get('access-control-allow-credentials')).toBe('true')
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization')
  })

  it('answers 404 for another project id, with the attributes the Studio recognises', async () => {
    const response = await fetch(`${lake.httpUrl}/v${apiVersion}/users/me`, {
      headers: {'x-sanity-project-id': 'abc123'},
    })
    expect(response.status).toBe(404)
    expect((await response.json()).attributes).toEqual({type: 'project', id: 'abc123'})
  })
})
