import {z} from 'zod'
import {base64UrlEncode, utf8} from './encoding.ts'
import {ReviewKeyError, ReviewRecordError} from './errors.ts'
import {unsignedMedicalReviewRecordSchema} from './recordSchema.ts'
import type {MedicalReviewRecord, UnsignedMedicalReviewRecord} from './recordTypes.ts'
import {signingPayload} from './signingPayload.ts'

export type SigningKey = {
  /** Published with the public key in REVIEW_PUBLIC_KEYS, so verifiers can pick the right key. */
  keyId: string
  /** Ed25519 private key, from `importPrivateKey`. */
  privateKey: CryptoKey
}

/**
 * Checks a record against the contract, stamps it with `keyId` and signs it (Ed25519 over
 * `signingPayload`). Throws ReviewRecordError for a malformed record, ReviewKeyError for a key
 * that cannot sign.
 */
export async function signRecord(
  unsigned: UnsignedMedicalReviewRecord,
  {keyId, privateKey}: SigningKey,
): Promise<MedicalReviewRecord> {
  const parsed = unsignedMedicalReviewRecordSchema.safeParse(unsigned)
  if (!parsed.success) {
    throw new ReviewRecordError(
      `This review record cannot be signed:\n${z.prettifyError(parsed.error)}\n` +
        'Build it with the fields of MedicalReviewRecord (without keyId and signature).',
    )
  }
  if (!keyId.trim()) {
    throw new ReviewKeyError('The signing key id is empty: set REVIEW_SIGNING_KEY_ID.')
  }
  const record = {...parsed.data, keyId}
  let signature: ArrayBuffer
  try {
    signature = await globalThis.crypto.subtle.sign(
      'Ed25519',
      privateKey,
      utf8(signingPayload(record)),
    )
  } catch (error) {
    throw new ReviewKeyError(
      `Key "${keyId}" cannot make Ed25519 signatures (${String(error)}). ` +
        'Load REVIEW_SIGNING_KEY with importPrivateKey().',
    )
  }
  return {...record, signature: base64UrlEncode(new Uint8Array(signature))}
}
