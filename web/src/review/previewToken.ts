/**
 * Draft-preview links. The publisher service mints a token for one document; the site's
 * `/api/draft-mode/enable?token=…` checks it, turns on draft mode and shows that document's draft.
 *
 * Format: `<payload>.<signature>`, both base64url (no padding).
 * - payload: UTF-8 JSON `{"documentId": "<published id>", "exp": <unix seconds>}`
 * - signature: HMAC-SHA-256 over the payload's base64url text, keyed with PREVIEW_SECRET.
 * Tokens are short-lived (default 10 minutes) and name a published id (never `drafts.…`).
 */
import {z} from 'zod'

export const defaultPreviewTtlSeconds = 600
const maxPreviewTtlSeconds = 3600

const payloadSchema = z.object({
  documentId: z.string().regex(/^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/),
  exp: z.number().int().positive(),
})

export type PreviewGrant = z.infer<typeof payloadSchema>

export class PreviewTokenError extends Error {
  override name = 'PreviewTokenError'
}

const encoder = new TextEncoder()

function toBase64Url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url')
}

function hmacKey(secret: string, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  return crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    {name: 'HMAC', hash: 'SHA-256'},
    false,
    [usage],
  )
}

export async function createPreviewToken({
  documentId,
  secret,
  ttlSeconds = defaultPreviewTtlSeconds,
  now = new Date(),
}: {
  documentId: string
  secret: string
  ttlSeconds?: number
  now?: Date
}): Promise<string> {
  if (documentId.startsWith('drafts.')) {
    throw new PreviewTokenError(
      `preview tokens name the published id: pass "${documentId.slice(7)}", not "${documentId}"`,
    )
  }
  if (ttlSeconds <= 0 || ttlSeconds > maxPreviewTtlSeconds) {
    throw new PreviewTokenError(
      `ttlSeconds must be between 1 and ${maxPreviewTtlSeconds}; got ${ttlSeconds}`,
    )
  }
  const grant = payloadSchema.parse({
    documentId,
    exp: Math.floor(now.getTime() / 1000) + ttlSeconds,
  })
  const payload = toBase64Url(encoder.encode(JSON.stringify(grant)))
  const signature = await crypto.subtle.sign(
    'HMAC',
    await hmacKey(secret, 'sign'),
    encoder.encode(payload),
  )
  return `${payload}.${toBase64Url(new Uint8Array(signature))}`
}

/** The grant in a valid, unexpired token; throws PreviewTokenError saying what is wrong. */
export async function verifyPreviewToken(
  token: string,
  secret: string,
  now: Date = new Date(),
): Promise<PreviewGrant> {
  const [payload, signature, extra] = token.split('.')
  if (!payload || !signature || extra !== undefined) {
    throw new PreviewTokenError('the preview token is malformed: ask the Studio for a new link')
  }
  const signatureValid = await crypto.subtle.verify(
    'HMAC',
    await hmacKey(secret, 'verify'),
    Buffer.from(signature, 'base64url'),
    encoder.encode(payload),
  )
  if (!signatureValid) {
    throw new PreviewTokenError('the preview token is not signed by this site: ask for a new link')
  }
  let decoded: unknown
  try {
    decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
  } catch {
    throw new PreviewTokenError('the preview token payload is not JSON: ask for a new link')
  }
  const grant = payloadSchema.safeParse(decoded)
  if (!grant.success) {
    throw new PreviewTokenError('the preview token payload is invalid: ask for a new link')
  }
  if (grant.data.exp * 1000 <= now.getTime()) {
    throw new PreviewTokenError('the preview link has expired: open Preview in the Studio again')
  }
  return grant.data
}
