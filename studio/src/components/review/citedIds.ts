/** The citation documents a body's `citation` annotations point at (published ids). */
export function citedIds(body: unknown): string[] {
  if (!Array.isArray(body)) return []
  const ids = new Set<string>()
  for (const block of body) {
    const markDefs: unknown =
      typeof block === 'object' && block !== null ? Reflect.get(block, 'markDefs') : undefined
    if (!Array.isArray(markDefs)) continue
    for (const def of markDefs) {
      if (typeof def !== 'object' || def === null || Reflect.get(def, '_type') !== 'citation')
        continue
      const source: unknown = Reflect.get(def, 'source')
      const ref =
        typeof source === 'object' && source !== null ? Reflect.get(source, '_ref') : undefined
      if (typeof ref === 'string') ids.add(ref.replace(/^drafts\./, ''))
    }
  }
  return [...ids].sort()
}
