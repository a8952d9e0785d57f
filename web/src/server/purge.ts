/**
 * The link between Next's route handlers and the response cache in front of them. Next bundles
 * the handlers separately from the server that holds the cache, so the two meet on `globalThis`
 * under a registered symbol, not through a shared module instance.
 */

export interface Purger {
  /** Forgets every cached response; called in the same call that expires Next's cache tags. */
  purge(): void
}

const purgerKey = Symbol.for('vetted.responseCache.purger')

type WithPurger = typeof globalThis & {[purgerKey]?: Purger}

export function installPurger(purger: Purger): void {
  ;(globalThis as WithPurger)[purgerKey] = purger
}

/** Purges the response cache if one runs in this process (under `next dev` there is none). */
export function purgeResponseCache(): void {
  ;(globalThis as WithPurger)[purgerKey]?.purge()
}
