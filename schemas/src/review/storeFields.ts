/**
 * Fields the content store sets on every write (revision, timestamps, its own bookkeeping):
 * never content, never part of what a signature or a digest covers.
 */
export const STORE_FIELDS: ReadonlySet<string> = new Set([
  '_rev',
  '_createdAt',
  '_updatedAt',
  '_originalId',
  '_system',
])

/** The object without the store's fields; own members are defined, so "__proto__" stays. */
export function withoutStoreFields(value: object, alsoLeaveOut: readonly string[] = []) {
  const leftOut = new Set([...STORE_FIELDS, ...alsoLeaveOut])
  return Object.fromEntries(Object.entries(value).filter(([key]) => !leftOut.has(key)))
}
