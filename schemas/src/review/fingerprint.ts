import {canonicalJson} from './canonicalJson.ts'
import {sha256Hex} from './encoding.ts'

/** Store-managed fields: they differ between a draft and its published copy, never content. */
const SYSTEM_FIELDS = new Set(['_id', '_rev', '_createdAt', '_updatedAt', '_originalId', '_system'])

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
  // Object.fromEntries defines own members, so a key named "__proto__" stays content instead
  // of setting the copy's prototype (as `copy[key] = value` would).
  const content = Object.fromEntries(Object.entries(doc).filter(([key]) => !SYSTEM_FIELDS.has(key)))
  return sha256Hex(canonicalJson(withoutReferenceFlags(content)))
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
