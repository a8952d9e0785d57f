import {canonicalJson} from './canonicalJson.ts'
import {withoutStoreFields} from './storeFields.ts'

/**
 * The exact text a record's signature covers: RFC 8785 canonical JSON of every member except
 * `signature` and the store's system fields (`_id`, `_type` and `keyId` are covered).
 */
export function signingPayload(record: object): string {
  return canonicalJson(withoutStoreFields(record, ['signature']))
}
