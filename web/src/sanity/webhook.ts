import {decodeSignatureHeader, isValidSignature} from '@sanity/webhook'
import {z} from 'zod'

/** Sanity signs each delivery with its time; older deliveries are refused (replay protection). */
export const maxWebhookAgeMs = 5 * 60 * 1000

const payloadSchema = z.object({
  _id: z.string().min(1),
  _type: z.string().min(1),
})

export type WebhookPayload = z.infer<typeof payloadSchema>

export type WebhookVerdict =
  | {ok: true; payload: WebhookPayload; duplicate: boolean}
  | {ok: false; status: 400 | 401; message: string}

/** Idempotency keys seen recently: a retried delivery is acknowledged but not acted on twice. */
export class RecentKeys {
  private readonly seen = new Map<string, number>()
  private readonly ttlMs: number
  private readonly limit: number

  constructor(ttlMs = 2 * maxWebhookAgeMs, limit = 10_000) {
    this.ttlMs = ttlMs
    this.limit = limit
  }

  /** True the first time `key` is offered (within the time-to-live), false after. */
  remember(key: string, now: number): boolean {
    for (const [stored, at] of this.seen) {
      if (now - at <= this.ttlMs && this.seen.size < this.limit) break
      this.seen.delete(stored)
    }
    if (this.seen.has(key)) return false
    this.seen.set(key, now)
    return true
  }
}

/**
 * Checks a webhook delivery: `sanity-webhook-signature` (HMAC over the raw body with the
 * secret), a timestamp no older than five minutes, a JSON body naming `_id` and `_type`, and the
 * idempotency key not seen before.
 */
export async function verifyWebhook({
  body,
  signature,
  idempotencyKey,
  secret,
  now,
  recentKeys,
}: {
  body: string
  signature: string | null
  idempotencyKey: string | null
  secret: string
  now: number
  recentKeys: RecentKeys
}): Promise<WebhookVerdict> {
  if (!signature)
    return {ok: false, status: 401, message: 'missing sanity-webhook-signature header'}
  let timestamp: number
  try {
    timestamp = decodeSignatureHeader(signature).timestamp
  } catch {
    return {ok: false, status: 401, message: 'malformed sanity-webhook-signature header'}
  }
  if (!(await isValidSignature(body, signature, secret))) {
    return {ok: false, status: 401, message: 'invalid webhook signature'}
  }
  if (now - timestamp > maxWebhookAgeMs || timestamp - now > maxWebhookAgeMs) {
    return {ok: false, status: 401, message: 'webhook timestamp is more than 5 minutes off'}
  }
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    return {ok: false, status: 400, message: 'webhook body is not JSON'}
  }
  const payload = payloadSchema.safeParse(json)
  if (!payload.success) {
    return {ok: false, status: 400, message: 'webhook body must project _id and _type'}
  }
  const duplicate = idempotencyKey ? !recentKeys.remember(idempotencyKey, now) : false
  return {ok: true, payload: payload.data, duplicate}
}
