import {LRUCache} from 'lru-cache'

/** A finished response as the reader got it: status, headers, and the body bytes as sent. */
export interface CachedResponse {
  status: number
  headers: Record<string, string | string[]>
  body: Buffer
}

/**
 * A render of one missed page: `finish` stores what it produced, unless the cache was purged
 * while it ran (it may have read content that a takedown or a new sign-off just replaced).
 */
export interface Render {
  finish(response: CachedResponse | undefined, ttlMs: number): void
}

export interface ResponseCacheOptions {
  /** Upper bound on stored bodies and headers, in bytes. */
  maxBytes: number
}

const headerBytes = (headers: CachedResponse['headers']) =>
  Object.entries(headers).reduce(
    (sum, [name, value]) => sum + name.length + String(value).length + 4,
    0,
  )

function deferred<T>(): {promise: Promise<T>; resolve: (value: T) => void} {
  const handle: {resolve?: (value: T) => void} = {}
  const promise = new Promise<T>((resolve) => {
    handle.resolve = resolve
  })
  return {promise, resolve: (value) => handle.resolve?.(value)}
}

/**
 * The site's responses kept in memory, so an approved page is served without rendering again.
 *
 * Purging bumps a generation counter: a render that began before the purge finishes into
 * nothing, and requests waiting on it render themselves. A page missed by many readers at once
 * is rendered once; the others wait for that render (`waitFor`).
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, CachedResponse>
  private readonly inFlight = new Map<string, Promise<CachedResponse | undefined>>()
  private generation = 0
  private purges = 0

  constructor(options: ResponseCacheOptions) {
    this.entries = new LRUCache<string, CachedResponse>({
      maxSize: options.maxBytes,
      sizeCalculation: (entry) => Math.max(1, entry.body.length + headerBytes(entry.headers)),
      ttlAutopurge: false,
    })
  }

  get(key: string): CachedResponse | undefined {
    return this.entries.get(key)
  }

  /** The render in progress for `key`, if a reader already missed it. */
  waitFor(key: string): Promise<CachedResponse | undefined> | undefined {
    return this.inFlight.get(key)
  }

  /** Starts the one render for `key`; later readers of `key` wait for it until it finishes. */
  begin(key: string): Render {
    const startedIn = this.generation
    const settled = deferred<CachedResponse | undefined>()
    const pending = settled.promise
    const settle = settled.resolve
    this.inFlight.set(key, pending)
    return {
      finish: (response, ttlMs) => {
        const current = startedIn === this.generation
        if (current && this.inFlight.get(key) === pending) this.inFlight.delete(key)
        if (current && response && ttlMs > 0) this.entries.set(key, response, {ttl: ttlMs})
        settle(current ? response : undefined)
      },
    }
  }

  /** Forgets every stored response and every render in progress. */
  purge(): void {
    this.generation += 1
    this.purges += 1
    this.entries.clear()
    this.inFlight.clear()
  }

  stats(): {entries: number; bytes: number; purges: number} {
    return {entries: this.entries.size, bytes: this.entries.calculatedSize, purges: this.purges}
  }
}
