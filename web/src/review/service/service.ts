import {z} from 'zod'
import {
  documentBody,
  documentIdSchema,
  revokeCredentialBody,
  signOffBody,
  unpublishBody,
  verifyCitationBody,
  verifyCredentialBody,
} from './bodies.ts'
import {bearerToken, resolveCaller, type Caller} from './caller.ts'
import {createContext, type ServiceContext, type ServiceDeps} from './context.ts'
import {ReviewServiceError} from './errors.ts'
import {corsHeaders, errorResponse, json, parseBody} from './http.ts'
import {credentialStatus, revokeCredential, verifyCredential} from './operations/credential.ts'
import {previewLink} from './operations/previewLink.ts'
import {publish} from './operations/publish.ts'
import {requestReview} from './operations/requestReview.ts'
import {signOff} from './operations/signOff.ts'
import {unpublish} from './operations/unpublish.ts'
import {verifyCitation} from './operations/verifyCitation.ts'
import {reviewStatus} from './status.ts'

type Operation = (context: ServiceContext, request: Request) => Promise<unknown>

/** An operation that needs to know who is asking: resolves the bearer token first. */
function asCaller(
  run: (context: ServiceContext, caller: Caller, request: Request) => Promise<unknown>,
): Operation {
  return async (context, request) => {
    const token = bearerToken(request)
    const caller = await resolveCaller(
      context.userClient(token),
      context.robot,
      await context.publicKeys(),
    )
    return run(context, caller, request)
  }
}

/** The one id a GET route answers about, from its query string. */
function withQueryId(
  name: 'documentId' | 'personId',
  run: (context: ServiceContext, caller: Caller, id: string) => Promise<unknown>,
  route: string,
): Operation {
  return asCaller((context, caller, request) => {
    const parsed = documentIdSchema.safeParse(new URL(request.url).searchParams.get(name))
    if (!parsed.success) {
      throw new ReviewServiceError(
        'invalid-request',
        `Ask for one ${name === 'personId' ? 'person' : 'document'}: /api/review/${route}?${name}=<id>.`,
        parsed.error.issues.map((issue) => issue.message),
      )
    }
    return run(context, caller, parsed.data)
  })
}

function withBody<T>(
  schema: z.ZodType<T>,
  run: (context: ServiceContext, caller: Caller, body: T) => Promise<unknown>,
): Operation {
  return asCaller(async (context, caller, request) =>
    run(context, caller, await parseBody(request, schema)),
  )
}

const routes = {
  'request-review': {method: 'POST', run: withBody(documentBody, requestReview)},
  'sign-off': {method: 'POST', run: withBody(signOffBody, signOff)},
  publish: {method: 'POST', run: withBody(documentBody, publish)},
  unpublish: {method: 'POST', run: withBody(unpublishBody, unpublish)},
  'verify-citation': {method: 'POST', run: withBody(verifyCitationBody, verifyCitation)},
  'preview-link': {method: 'POST', run: withBody(documentBody, previewLink)},
  status: {method: 'GET', run: withQueryId('documentId', reviewStatus, 'status')},
  'verify-credential': {method: 'POST', run: withBody(verifyCredentialBody, verifyCredential)},
  'revoke-credential': {method: 'POST', run: withBody(revokeCredentialBody, revokeCredential)},
  'credential-status': {
    method: 'GET',
    run: withQueryId('personId', credentialStatus, 'credential-status'),
  },
  'public-keys': {
    method: 'GET',
    run: async (context: ServiceContext) => ({keys: context.config.publicKeys}),
  },
} satisfies Record<string, {method: 'GET' | 'POST'; run: Operation}>

export type ReviewRoute = keyof typeof routes
export const reviewRoutes = Object.keys(routes) as ReviewRoute[]

export interface ReviewService {
  /** Answers one request to `/api/review/<route>` (the method and CORS included). */
  handle(route: ReviewRoute, request: Request): Promise<Response>
}

/** The publisher service, independent of Next.js: route handlers and tests both call `handle`. */
export function createReviewService(deps: ServiceDeps): ReviewService {
  const context = createContext(deps)
  return {
    async handle(route, request) {
      const headers = corsHeaders(request, context.config.allowedOrigins)
      if (request.method === 'OPTIONS') return new Response(null, {status: 204, headers})
      const {method, run} = routes[route]
      if (request.method !== method) {
        headers.set('Allow', `${method}, OPTIONS`)
        return json(
          {
            error: {
              code: 'method-not-allowed',
              message: `Use ${method} for /api/review/${route}.`,
              reasons: [],
            },
          },
          405,
          headers,
        )
      }
      try {
        return json(await run(context, request), 200, headers)
      } catch (error) {
        return errorResponse(error, headers)
      }
    },
  }
}
