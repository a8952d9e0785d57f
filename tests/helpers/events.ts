/** The part of an rxjs Observable this needs (@sanity/client's listen() returns one). */
export interface Subscribable<T> {
  subscribe(observer: {next(value: T): void; error(error: unknown): void}): {unsubscribe(): void}
}

/** Collects what an observable emits, so a test can wait for the events it expects. */
export interface Recorder<T> {
  readonly events: T[]
  /** Resolves once `count` events matching `match` arrived (fails after `timeoutMs`). */
  waitFor(match: (event: T) => boolean, count?: number, timeoutMs?: number): Promise<T[]>
  stop(): void
}

export function record<T>(source: Subscribable<T>): Recorder<T> {
  const events: T[] = []
  const waiters = new Set<() => void>()
  let failure: unknown
  const subscription = source.subscribe({
    next(event) {
      events.push(event)
      for (const wake of waiters) wake()
    },
    error(error: unknown) {
      failure = error
      for (const wake of waiters) wake()
    },
  })
  return {
    events,
    waitFor(match, count = 1, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (failure !== undefined) {
            cleanup()
            reject(failure instanceof Error ? failure : new Error(String(failure)))
            return
          }
          const found = events.filter(match)
          if (found.length >= count) {
            cleanup()
            resolve(found)
          }
        }
        const timer = setTimeout(() => {
          cleanup()
          reject(
            new Error(
              `waited ${timeoutMs} ms for ${count} event(s); got ${JSON.stringify(events)}`,
            ),
          )
        }, timeoutMs)
        const cleanup = () => {
          clearTimeout(timer)
          waiters.delete(check)
        }
        waiters.add(check)
        check()
      })
    },
    stop: () => subscription.unsubscribe(),
  }
}
