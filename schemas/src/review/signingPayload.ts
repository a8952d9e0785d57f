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
  const signed: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(record)) {
    if (!UNSIGNED_FIELDS.has(key)) signed[key] = value
  }
  return canonicalJson(signed)
}
