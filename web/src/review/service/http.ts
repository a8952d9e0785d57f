import {z} from 'zod'
import {ServiceConfigError} from './config.ts'
import {ReviewServiceError} from './errors.ts'

/** CORS headers for the Studio's origin: it calls from another origin with a bearer token. */
export function corsHeaders(request: Request, allowedOrigins: string[]): Headers {
  const headers = new Headers({Vary: 'Origin'})
  const origin = request.headers.get('origin')
  if (origin && allowedOrigins.includes(origin.replace(/\/$/, ''))) {
    headers.set('Access-Control-Allow-Origin', origin)
    headers.set('Access-Control-Allow-Methods', 'GET, POST, OPTIONS')
    headers.set('Access-Control-Allow-Headers', 'authorization, content-type')
    headers.set('Access-Control-Max-Age', '600')
  }
  return headers
}

export function json(body: unknown, status: number, headers: Headers): Response {
  const merged = new Headers(headers)
  merged.set('content-type', 'application/json; charset=utf-8')
  merged.set('cache-control', 'no-store')
  return new Response(JSON.stringify(body), {status, headers: merged})
}

/** Turns anything thrown into the service's error shape; unexpected errors keep their words. */
export function errorResponse(error: unknown, headers: Headers): Response {
  if (error instanceof ReviewServiceError) return json(error.toJSON(), error.status, headers)
  if (error instanceof ServiceConfigError) {
    return errorResponse(new ReviewServiceError('misconfigured', error.message), headers)
  }
  const message = error instanceof Error ? error.message : String(error)
  console.error('[review service]', error)
  return json(
    {
      error: {
        code: 'internal',
        message: 'The review service failed unexpectedly.',
        reasons: [message],
      },
    },
    500,
    headers,
  )
}

/** Parses a JSON request body with `schema`; a bad body is a 422 listing each problem. */
export async function parseBody<T>(request: Request, schema: z.ZodType<T>): Promise<T> {
  let raw: unknown
  try {
    raw = await request.json()
  } catch {
    throw new ReviewServiceError('invalid-request', 'The request body must be JSON.')
  }
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    throw new ReviewServiceError(
      'invalid-request',
      'The request body is not valid: fix the fields listed in reasons.',
      parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`),
    )
  }
  return parsed.data
}
