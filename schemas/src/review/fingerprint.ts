import {canonicalJson} from './canonicalJson.ts'
import {sha256Hex} from './encoding.ts'
import {withoutStoreFields} from './storeFields.ts'

/** Publish-time reference flags: the Studio puts them on drafts and removes them on publish. */
const PUBLISH_TIME_REFERENCE_FLAGS = new Set(['_weak', '_strengthenOnPublish'])

/**
 * The content fingerprint a sign-off is bound to: SHA-256 (lowercase hex) of the RFC 8785
 * canonical JSON of the document without its system fields and without `_weak` /
 * `_strengthenOnPublish` at any depth. A draft and its published copy share it; any content
 * edit (including array order and Portable Text `_key`s) changes it; a no-op save does not.
 */
export async function fingerprint(doc: object): Promise<string> {
  if (Array.isArray(doc)) {
    throw new TypeError('fingerprint() takes a document object, not an array.')
  }
  // The store's fields and `_id` differ between a draft and its published copy, never content.
  return sha256Hex(canonicalJson(withoutReferenceFlags(withoutStoreFields(doc, ['_id']))))
}

function withoutReferenceFlags(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutReferenceFlags)
  if (value === null || typeof value !== 'object') return value
  // Only plain data is rewritten; anything else reaches canonicalJson and is rejected there.
  const prototype: unknown = Object.getPrototypeOf(value)
  if (prototype !== Object.prototype && prototype !== null) return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !PUBLISH_TIME_REFERENCE_FLAGS.has(key))
      .map(([key, member]) => [key, withoutReferenceFlags(member)]),
  )
}
