import {canonicalJson} from './canonicalJson.ts'

/** Not signed: `signature` itself, and the fields the content store sets on every write. */
const UNSIGNED_FIELDS = new Set([
  'signature',
  '_rev',
  '_createdAt',
  '_updatedAt',
  '_originalId',
  '_system',
])

/**
 * The exact text a record's signature covers: RFC 8785 canonical JSON of every member except
 * `signature` and the store's system fields (`_id`, `_type` and `keyId` are covered).
 */
export function signingPayload(record: object): string {
  // fromEntries defines own members: a "__proto__" member stays signed content.
  return canonicalJson(
    Object.fromEntries(Object.entries(record).filter(([key]) => !UNSIGNED_FIELDS.has(key))),
  )
}
