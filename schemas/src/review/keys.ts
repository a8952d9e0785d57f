import {z} from 'zod'
import {fromPem, toPem} from './encoding.ts'
import {ReviewKeyError} from './errors.ts'

const ED25519 = {name: 'Ed25519'} as const

export type SigningKeyPair = {
  /** PKCS#8 PEM: the value of REVIEW_SIGNING_KEY. Keep it secret. */
  privateKeyPem: string
  /** SPKI PEM: goes into REVIEW_PUBLIC_KEYS under the key id. */
  publicKeyPem: string
}

/** A new Ed25519 key pair for signing review records. */
export async function generateSigningKeyPair(): Promise<SigningKeyPair> {
  const pair = await globalThis.crypto.subtle.generateKey(ED25519, true, ['sign', 'verify'])
  const [pkcs8, spki] = await Promise.all([
    globalThis.crypto.subtle.exportKey('pkcs8', pair.privateKey),
    globalThis.crypto.subtle.exportKey('spki', pair.publicKey),
  ])
  return {
    privateKeyPem: toPem('PRIVATE KEY', new Uint8Array(pkcs8)),
    publicKeyPem: toPem('PUBLIC KEY', new Uint8Array(spki)),
  }
}

/** Loads REVIEW_SIGNING_KEY (PKCS#8 PEM, Ed25519) as a non-extractable signing key. */
export async function importPrivateKey(pkcs8Pem: string): Promise<CryptoKey> {
  const der = fromPem('PRIVATE KEY', pkcs8Pem)
  const problem =
    'The review signing key (REVIEW_SIGNING_KEY) must be an Ed25519 private key in PKCS#8 PEM ' +
    'form ("-----BEGIN PRIVATE KEY-----"); create one with generateSigningKeyPair()'
  if (!der) throw new ReviewKeyError(`${problem}.`)
  try {
    return await globalThis.crypto.subtle.importKey('pkcs8', der, ED25519, false, ['sign'])
  } catch (error) {
    throw new ReviewKeyError(`${problem} (import failed: ${String(error)}).`)
  }
}

const publicKeysJsonSchema = z.record(z.string(), z.unknown())

const PUBLIC_KEYS_SHAPE =
  'an object mapping each key id to an Ed25519 SPKI PEM, e.g. ' +
  '{"review-2026": "-----BEGIN PUBLIC KEY-----\\n…\\n-----END PUBLIC KEY-----\\n"}'

function parsePublicKeysJson(json: unknown): Record<string, unknown> {
  let value = json
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json)
    } catch (error) {
      throw new ReviewKeyError(
        `REVIEW_PUBLIC_KEYS is not valid JSON (${String(error)}); use ${PUBLIC_KEYS_SHAPE}.`,
      )
    }
  }
  const parsed = publicKeysJsonSchema.safeParse(value)
  if (!parsed.success || Array.isArray(value)) {
    throw new ReviewKeyError(`REVIEW_PUBLIC_KEYS must be ${PUBLIC_KEYS_SHAPE}.`)
  }
  if (Object.keys(parsed.data).length === 0) {
    throw new ReviewKeyError(
      `REVIEW_PUBLIC_KEYS lists no keys, so no review record could be trusted; use ${PUBLIC_KEYS_SHAPE}.`,
    )
  }
  return parsed.data
}

/**
 * Loads REVIEW_PUBLIC_KEYS (the JSON text or the parsed object: key id → SPKI PEM) into
 * verification keys. Every key that signed a record still in the store must stay listed.
 * Throws ReviewKeyError naming the first key id whose value is not an Ed25519 public key.
 */
export async function importPublicKeys(json: unknown): Promise<Map<string, CryptoKey>> {
  const entries = Object.entries(parsePublicKeysJson(json))
  const keys = await Promise.all(
    entries.map(async ([keyId, pem]) => {
      const problem =
        `REVIEW_PUBLIC_KEYS["${keyId}"] is not an Ed25519 public key in SPKI PEM form ` +
        '("-----BEGIN PUBLIC KEY-----"); copy the publicKeyPem that was generated with that key'
      if (!keyId.trim()) throw new ReviewKeyError('REVIEW_PUBLIC_KEYS has an empty key id.')
      const der = typeof pem === 'string' ? fromPem('PUBLIC KEY', pem) : undefined
      if (!der) throw new ReviewKeyError(`${problem}.`)
      try {
        const key = await globalThis.crypto.subtle.importKey('spki', der, ED25519, true, ['verify'])
        return [keyId, key] as const
      } catch (error) {
        throw new ReviewKeyError(`${problem} (import failed: ${String(error)}).`)
      }
    }),
  )
  return new Map(keys)
}
