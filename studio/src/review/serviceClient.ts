import {z} from 'zod'

/** Where `/api/review/*` lives; inlined at build (Sanity's SANITY_STUDIO_* convention). */
export const serviceUrl = (
  process.env.SANITY_STUDIO_SERVICE_URL || 'http://localhost:3000'
).replace(/\/+$/, '')

const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    reasons: z.array(z.string()).default([]),
  }),
})

/** The service said no (or could not be reached); `reasons` are the policy's own words. */
export class ServiceRequestError extends Error {
  override name = 'ServiceRequestError'
  readonly code: string
  readonly status: number
  readonly reasons: string[]

  constructor(status: number, code: string, message: string, reasons: string[] = []) {
    super(message)
    this.status = status
    this.code = code
    this.reasons = reasons
  }

  /** One sentence a person can act on: the message and, when there are any, the reasons. */
  describe(): string {
    return this.reasons.length > 0 ? `${this.message}: ${this.reasons.join(' ')}` : this.message
  }
}

interface CallOptions {
  token: string | undefined
  method?: 'GET' | 'POST'
  body?: unknown
  signal?: AbortSignal
}

/** Calls the review service as the logged-in person and parses the answer with `schema`. */
export async function callService<T>(
  path: string,
  schema: z.ZodType<T>,
  {token, method = 'GET', body, signal}: CallOptions,
): Promise<T> {
  if (!token) {
    throw new ServiceRequestError(
      401,
      'unauthenticated',
      'The Studio has no login token to show the review service; log out and in again.',
    )
  }
  let response: Response
  try {
    response = await fetch(`${serviceUrl}/api/review/${path}`, {
      method,
      signal,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : {'content-type': 'application/json'}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new ServiceRequestError(
      0,
      'unreachable',
      `The review service at ${serviceUrl} is not answering; is the site running (npm run dev)?`,
    )
  }
  const payload: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const parsed = errorBodySchema.safeParse(payload)
    if (parsed.success) {
      const {code, message, reasons} = parsed.data.error
      throw new ServiceRequestError(response.status, code, message, reasons)
    }
    throw new ServiceRequestError(
      response.status,
      'unexpected',
      `The review service answered ${response.status} without an explanation.`,
    )
  }
  const parsed = schema.safeParse(payload)
  if (!parsed.success) {
    throw new ServiceRequestError(
      response.status,
      'unexpected',
      `The review service answered in a shape this Studio does not understand (${parsed.error.issues[0]?.message ?? 'invalid'}); rebuild the Studio.`,
    )
  }
  return parsed.data
}
