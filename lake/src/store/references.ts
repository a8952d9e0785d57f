/**
 * The ids a document references, as GROQ's `references()` sees them: every truthy `_ref` at any
 * depth, where an object with a `_ref` is a reference and its other keys are not searched.
 * Only strings can match `references()`'s arguments, so only strings are kept.
 */
export function referencedIds(document: unknown): Set<string> {
  const ids = new Set<string>()
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item)
      return
    }
    if (typeof value !== 'object' || value === null) return
    const ref = (value as {_ref?: unknown})._ref
    if (ref) {
      if (typeof ref === 'string') ids.add(ref)
      return
    }
    for (const inner of Object.values(value)) visit(inner)
  }
  visit(document)
  return ids
}
