import {base64UrlDecode, utf8} from './encoding.ts'
import {medicalReviewRecordSchema} from './recordSchema.ts'
import type {MedicalReviewRecord} from './recordTypes.ts'
import {signingPayload} from './signingPayload.ts'

declare const verifiedBrand: unique symbol

/**
 * A record whose signature checked out against a trusted key. Only `filterVerifiedRecords`
 * makes these, so state and policy functions cannot be handed unverified records by mistake.
 */
export type VerifiedReviewRecord = MedicalReviewRecord & {readonly [verifiedBrand]: true}

/** key id → Ed25519 public key (`importPublicKeys` returns a Map). */
export type PublicKeys = ReadonlyMap<string, CryptoKey> | Readonly<Record<string, CryptoKey>>

const ED25519_SIGNATURE_BYTES = 64

function keyFor(publicKeys: PublicKeys, keyId: string): CryptoKey | undefined {
  if (publicKeys instanceof Map) return publicKeys.get(keyId)
  // Own keys only: a key id such as "constructor" must not find Object.prototype members.
  const keys = publicKeys as Readonly<Record<string, CryptoKey>>
  return Object.hasOwn(keys, keyId) ? keys[keyId] : undefined
}

async function checkRecord(
  record: unknown,
  publicKeys: PublicKeys,
): Promise<VerifiedReviewRecord | undefined> {
  const parsed = medicalReviewRecordSchema.safeParse(record)
  if (!parsed.success || typeof record !== 'object' || record === null) return undefined
  const key = keyFor(publicKeys, parsed.data.keyId)
  const signature = base64UrlDecode(parsed.data.signature)
  if (!key || signature?.length !== ED25519_SIGNATURE_BYTES) return undefined
  try {
    // The payload is built from the record as received, so members the schema does not know
    // are still covered: adding one breaks the signature instead of slipping through.
    const valid = await globalThis.crypto.subtle.verify(
      'Ed25519',
      key,
      signature,
      utf8(signingPayload(record)),
    )
    return valid ? (parsed.data as VerifiedReviewRecord) : undefined
  } catch {
    return undefined
  }
}

/**
 * Whether this is a well-formed review record signed by the key its `keyId` names. Never
 * throws: anything wrong (unknown key, bad encoding, edited field, malformed record) is false.
 */
export async function verifyRecord(record: unknown, publicKeys: PublicKeys): Promise<boolean> {
  return (await checkRecord(record, publicKeys)) !== undefined
}

/**
 * The records that verify, parsed, in their original order; with `subjectId`, only those about
 * that published document id. Feed the result to `deriveReviewState` and the `can…` decisions.
 */
export async function filterVerifiedRecords(
  records: readonly unknown[],
  publicKeys: PublicKeys,
  {subjectId}: {subjectId?: string} = {},
): Promise<VerifiedReviewRecord[]> {
  const checked = await Promise.all(records.map((record) => checkRecord(record, publicKeys)))
  return checked.filter((record): record is VerifiedReviewRecord => {
    if (record === undefined) return false
    const {_ref: recordSubjectId} = record.subject
    return subjectId === undefined || recordSubjectId === subjectId
  })
}
