/**
 * `cache.get(key)`, or `make()` stored under `key`; past `limit` entries the oldest goes
 * (parsed filters, prepared statements, compiled patterns: bounded, so odd queries cannot grow
 * a worker without end).
 */
export function remember<K, V>(cache: Map<K, V>, limit: number, key: K, make: () => V): V {
  const known = cache.get(key)
  if (known !== undefined) return known
  const made = make()
  if (cache.size >= limit) {
    const oldest = cache.keys().next().value
    if (oldest !== undefined) cache.delete(oldest)
  }
  cache.set(key, made)
  return made
}
