import {describe, expect, it} from 'vitest'
import {RecentKeys, verifyWebhook} from '../../../../web/src/sanity/webhook.ts'

const secret = 'webhook-secret-for-tests'
const now = Date.parse('2025-06-01T12:00:00Z')
/** Sanity's scheme, written out here: HMAC-SHA-256 over "<ms timestamp>.<raw body>", base64url. */
async function encodeSignatureHeader(payload: string, timestamp: number, key: string) {
  const encoder = new TextEncoder()
  const hmac = await crypto.subtle.importKey(
    'raw',
    encoder.encode(key),
    {name: 'HMAC', hash: 'SHA-256'},
    false,
    ['sign'],
  )
  const mac = await crypto.subtle.sign('HMAC', hmac, encoder.encode(`${timestamp}.${payload}`))
  return `t=${timestamp},v1=${Buffer.from(mac).toString('base64url')}`
}

const body = JSON.stringify({_id: 'condition-lower-back-spasm', _type: 'condition', slug: 'x'})

async function deliver(
  options: {
    signedAt?: number
    body?: string
    key?: string | null
    keys?: RecentKeys
    sign?: string
  } = {},
) {
  const payload = options.body ?? body
  const signature = await encodeSignatureHeader(
    payload,
    options.signedAt ?? now,
    options.sign ?? secret,
  )
  return verifyWebhook({
    body: payload,
    signature,
    idempotencyKey: options.key === undefined ? 'delivery-1' : options.key,
    secret,
    now,
    recentKeys: options.keys ?? new RecentKeys(),
  })
}

describe('verifyWebhook', () => {
  it('accepts a fresh, correctly signed delivery and reads what changed', async () => {
    expect(await deliver()).toEqual({
      ok: true,
      duplicate: false,
      payload: {_id: 'condition-lower-back-spasm', _type: 'condition'},
    })
  })

  it('refuses a delivery signed with another secret', async () => {
    expect(await deliver({sign: 'not-the-secret'})).toMatchObject({ok: false, status: 401})
  })

  it('refuses a body changed after signing', async () => {
    const signature = await encodeSignatureHeader(body, now, secret)
    const verdict = await verifyWebhook({
      body: body.replace('condition', 'treatment'),
      signature,
      idempotencyKey: null,
      secret,
      now,
      recentKeys: new RecentKeys(),
    })
    expect(verdict).toMatchObject({ok: false, status: 401})
  })

  it('refuses a delivery without a signature header', async () => {
    const verdict = await verifyWebhook({
      body,
      signature: null,
      idempotencyKey: null,
      secret,
      now,
      recentKeys: new RecentKeys(),
    })
    expect(verdict).toMatchObject({ok: false, status: 401, message: /missing/})
  })

  it('refuses a replay signed more than five minutes ago', async () => {
    expect(await deliver({signedAt: now - 5 * 60 * 1000 - 1})).toMatchObject({
      ok: false,
      message: expect.stringMatching(/5 minutes/),
    })
  })

  it('accepts one signed just under five minutes ago', async () => {
    expect(await deliver({signedAt: now - 5 * 60 * 1000 + 1000})).toMatchObject({ok: true})
  })

  it('acknowledges a repeated idempotency key as a duplicate', async () => {
    const keys = new RecentKeys()
    expect(await deliver({keys})).toMatchObject({ok: true, duplicate: false})
    expect(await deliver({keys})).toMatchObject({ok: true, duplicate: true})
    expect(await deliver({keys, key: 'delivery-2'})).toMatchObject({ok: true, duplicate: false})
  })

  it('refuses a body that does not name _id and _type', async () => {
    expect(await deliver({body: JSON.stringify({slug: 'x'})})).toMatchObject({
      ok: false,
      status: 400,
    })
  })
})

describe('RecentKeys', () => {
  it('forgets keys after their time-to-live', () => {
    const keys = new RecentKeys(1000)
    expect(keys.remember('a', 0)).toBe(true)
    expect(keys.remember('a', 500)).toBe(false)
    expect(keys.remember('b', 2000)).toBe(true)
    expect(keys.remember('a', 2000)).toBe(true)
  })

  it('holds at most its limit', () => {
    const keys = new RecentKeys(60_000, 2)
    keys.remember('a', 0)
    keys.remember('b', 1)
    keys.remember('c', 2)
    expect(keys.remember('a', 3)).toBe(true)
  })
})
