import {encodeSignatureHeader} from '@sanity/webhook'

export interface Delivery {
  webhook: string
  url: string
  body: string
  headers: Record<string, string>
  secret?: string
}

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number
  /** Wait before the second attempt; doubled for each one after (plus up to 10% jitter). */
  baseDelayMs: number
  /** Per attempt. */
  timeoutMs: number
}

export const defaultRetryPolicy: RetryPolicy = {attempts: 6, baseDelayMs: 1000, timeoutMs: 10_000}

/** Statuses worth another try: the receiver was down, overloaded, or slow. */
const retriable = (status: number) => status >= 500 || status === 408 || status === 429

type Outcome = {ok: true} | {ok: false; retry: boolean; reason: string}

async function attempt(
  delivery: Delivery,
  policy: RetryPolicy,
  signal: AbortSignal,
): Promise<Outcome> {
  const headers: Record<string, string> = {...delivery.headers}
  if (delivery.secret)
    headers['sanity-webhook-signature'] = await encodeSignatureHeader(
      delivery.body,
      Date.now(),
      delivery.secret,
    )
  try {
    const response = await fetch(delivery.url, {
      method: 'POST',
      headers,
      body: delivery.body,
      signal: AbortSignal.any([signal, AbortSignal.timeout(policy.timeoutMs)]),
    })
    await response.body?.cancel()
    if (response.ok) return {ok: true}
    return {ok: false, retry: retriable(response.status), reason: `HTTP ${response.status}`}
  } catch (error) {
    if (signal.aborted) return {ok: false, retry: false, reason: 'the lake is shutting down'}
    return {ok: false, retry: true, reason: error instanceof Error ? error.message : String(error)}
  }
}

/**
 * Sends one delivery, retrying with exponential backoff while the receiver fails. Each attempt
 * is signed afresh (the signature carries its time) and carries the same idempotency key.
 */
export async function deliver(
  delivery: Delivery,
  policy: RetryPolicy,
  signal: AbortSignal,
  log: (line: string) => void,
): Promise<boolean> {
  for (let number = 1; number <= policy.attempts; number++) {
    const outcome = await attempt(delivery, policy, signal)
    if (outcome.ok) return true
    const last = number === policy.attempts || !outcome.retry
    log(
      `webhook "${delivery.webhook}" → ${delivery.url} failed (${outcome.reason}), attempt ${number}/${policy.attempts}` +
        (last ? ', giving up' : ', retrying'),
    )
    if (last) return false
    const delay = policy.baseDelayMs * 2 ** (number - 1)
    const jittered = delay + Math.random() * delay * 0.1
    const waited = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(true), jittered)
      signal.addEventListener('abort', () => {
        clearTimeout(timer)
        resolve(false)
      })
    })
    if (!waited) return false
  }
  return false
}
