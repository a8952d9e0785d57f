import {z} from 'zod'

/** The review service said no, or could not be reached; the message names the document. */
export class ReviewServiceCallError extends Error {
  override name = 'ReviewServiceCallError'
}

const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    reasons: z.array(z.string()).default([]),
  }),
})

export const statusSchema = z.object({
  state: z.string(),
  current: z.object({fingerprint: z.string()}).nullable(),
  published: z.object({state: z.string()}).nullable(),
  actions: z.record(z.string(), z.object({allowed: z.boolean(), reasons: z.array(z.string())})),
})
export type DemoStatus = z.infer<typeof statusSchema>

/** Calls `/api/review/<path>` as the holder of `token`, the way the Studio does. */
export async function callReviewService<T>(
  serviceUrl: string,
  path: string,
  token: string,
  schema: z.ZodType<T>,
  body?: unknown,
): Promise<T> {
  let response: Response
  try {
    response = await fetch(`${serviceUrl}/api/review/${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : {'content-type': 'application/json'}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(180_000),
    })
  } catch (error) {
    throw new ReviewServiceCallError(
      `The review service at ${serviceUrl} did not answer ${path} (${String(error)}); is the site running?`,
    )
  }
  const payload: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const parsed = errorSchema.safeParse(payload)
    const detail = parsed.success
      ? `${parsed.data.error.message} ${parsed.data.error.reasons.join(' ')}`.trim()
      : `HTTP ${response.status}`
    throw new ReviewServiceCallError(`${path}: ${detail}`)
  }
  return schema.parse(payload)
}

/** Who the service is and how to act as someone there. */
export interface ServiceAccess {
  siteUrl: string
  token(userId: string): string
}

const anyAnswer = z.unknown()

/** The sign-off checklist, every item ticked. */
const fullChecklist = {
  claimsChecked: true,
  citationsVerified: true,
  dosagesChecked: true,
  noPromotionalContent: true,
}

/**
 * Clinical content through the service, as the Studio drives it: review requested by the
 * editor, signed off by the reviewer, published by the editor. Returns when publish answered.
 */
export async function reviewAndPublish(
  service: ServiceAccess,
  documentId: string,
  {
    editor = 'pMayaOkafor',
    reviewer = 'pDanielReyes',
    notes = 'Signed off through the service',
  } = {},
): Promise<void> {
  const call = (userId: string, path: string, body?: unknown) =>
    callReviewService(service.siteUrl, path, service.token(userId), anyAnswer, body)
  await call(editor, 'request-review', {documentId})
  const status = await callReviewService(
    service.siteUrl,
    `status?documentId=${encodeURIComponent(documentId)}`,
    service.token(reviewer),
    statusSchema,
  )
  if (!status.current) throw new ReviewServiceCallError(`${documentId} has no revision to sign off`)
  await call(reviewer, 'sign-off', {
    documentId,
    fingerprint: status.current.fingerprint,
    decision: 'approved',
    checklist: fullChecklist,
    conflictOfInterest: {declared: false},
    notes,
  })
  await call(editor, 'publish', {documentId})
}

/** A reviewer takes the document down through the service; returns when the call answered. */
export async function takeDown(
  service: ServiceAccess,
  documentId: string,
  {reviewer = 'pDanielReyes', reason = 'Taken down for re-review'} = {},
): Promise<void> {
  await callReviewService(service.siteUrl, 'unpublish', service.token(reviewer), anyAnswer, {
    documentId,
    reason,
  })
}
