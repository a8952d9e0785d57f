import {describe, expect, it} from 'vitest'
import {
  generateSigningKeyPair,
  importPrivateKey,
  importPublicKeys,
  ReviewKeyError,
  signRecord,
  verifyRecord,
} from '@vetted/schemas/review'
import {unsignedRecord} from './reviewFixtures.ts'

describe('generateSigningKeyPair', () => {
  it('makes a PKCS#8 private key and an SPKI public key in PEM form that sign and verify', async () => {
    const pair = await generateSigningKeyPair()
    expect(pair.privateKeyPem).toMatch(
      /^-----BEGIN PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+\n-----END PRIVATE KEY-----\n$/,
    )
    expect(pair.publicKeyPem).toMatch(
      /^-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=\n]+\n-----END PUBLIC KEY-----\n$/,
    )
    const privateKey = await importPrivateKey(pair.privateKeyPem)
    const publicKeys = await importPublicKeys(JSON.stringify({'key-1': pair.publicKeyPem}))
    const record = await signRecord(unsignedRecord('approved'), {keyId: 'key-1', privateKey})
    expect(await verifyRecord(record, publicKeys)).toBe(true)
  })

  it('makes a different pair every time', async () => {
    const [a, b] = await Promise.all([generateSigningKeyPair(), generateSigningKeyPair()])
    expect(a.privateKeyPem).not.toBe(b.privateKeyPem)
  })
})

describe('importPrivateKey', () => {
  it('accepts the PEM as environment files hold it: one line with literal \\n escapes', async () => {
    const {privateKeyPem} = await generateSigningKeyPair()
    const oneLine = privateKeyPem.trim().replaceAll('\n', '\\n')
    const key = await importPrivateKey(oneLine)
    expect(key.usages).toEqual(['sign'])
    expect(key.extractable).toBe(false)
  })

  it('accepts CRLF line ends', async () => {
    const {privateKeyPem} = await generateSigningKeyPair()
    await expect(importPrivateKey(privateKeyPem.replaceAll('\n', '\r\n'))).resolves.toBeDefined()
  })

  it.each([
    ['a public key', async () => (await generateSigningKeyPair()).publicKeyPem],
    ['garbage', async () => 'not a key'],
    [
      'a PEM with damaged contents',
      async () => '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----',
    ],
  ])('refuses %s, saying what is expected', async (_what, pem) => {
    const error = await importPrivateKey(await pem()).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ReviewKeyError)
    expect(String(error)).toContain(
      '(REVIEW_SIGNING_KEY) must be an Ed25519 private key in PKCS#8 PEM',
    )
  })
})

describe('importPublicKeys', () => {
  it('takes the REVIEW_PUBLIC_KEYS JSON text or the parsed object', async () => {
    const [a, b] = await Promise.all([generateSigningKeyPair(), generateSigningKeyPair()])
    const json = {'review-2025': a.publicKeyPem, 'review-2026': b.publicKeyPem}
    const fromText = await importPublicKeys(JSON.stringify(json))
    const fromObject = await importPublicKeys(json)
    expect([...fromText.keys()]).toEqual(['review-2025', 'review-2026'])
    expect([...fromObject.keys()]).toEqual(['review-2025', 'review-2026'])
    expect(fromText.get('review-2026')?.usages).toEqual(['verify'])
  })

  it('names the key id whose value is not an Ed25519 public key', async () => {
    const good = await generateSigningKeyPair()
    await expect(
      importPublicKeys({'review-2025': good.publicKeyPem, 'review-2026': good.privateKeyPem}),
    ).rejects.toThrow('REVIEW_PUBLIC_KEYS["review-2026"] is not an Ed25519 public key')
    await expect(importPublicKeys({'review-2027': 42})).rejects.toThrow(
      'REVIEW_PUBLIC_KEYS["review-2027"]',
    )
    await expect(
      importPublicKeys({
        'review-2028': '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----',
      }),
    ).rejects.toThrow('REVIEW_PUBLIC_KEYS["review-2028"]')
  })

  it.each([
    ['invalid JSON text', '{"a": ', 'REVIEW_PUBLIC_KEYS is not valid JSON'],
    ['an array', [], 'REVIEW_PUBLIC_KEYS must be an object mapping each key id'],
    ['a number', 7, 'REVIEW_PUBLIC_KEYS must be an object mapping each key id'],
    ['no keys at all', '{}', 'REVIEW_PUBLIC_KEYS lists no keys'],
    ['an empty key id', {' ': 'x'}, 'REVIEW_PUBLIC_KEYS has an empty key id'],
  ])('refuses %s with a ReviewKeyError', async (_what, json, message) => {
    const error = await importPublicKeys(json).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ReviewKeyError)
    expect(String(error)).toContain(message)
  })
})
