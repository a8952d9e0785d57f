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

/**
 * Promises that settle when something that arrives makes them true: `wake()` after each
 * arrival; `until(probe)` resolves with the first value `probe` returns (it may throw to fail),
 * and fails with `describe()` after `timeoutMs`.
 */
export function arrivals() {
  const waiters = new Set<() => void>()
  return {
    wake() {
      for (const check of waiters) check()
    },
    until<R>(probe: () => R | undefined, timeoutMs: number, describe: () => string): Promise<R> {
      return new Promise((resolve, reject) => {
        const check = () => {
          let found: R | undefined
          try {
            found = probe()
          } catch (error) {
            cleanup()
            reject(error instanceof Error ? error : new Error(String(error)))
            return
          }
          if (found === undefined) return
          cleanup()
          resolve(found)
        }
        const timer = setTimeout(() => {
          cleanup()
          reject(new Error(describe()))
        }, timeoutMs)
        const cleanup = () => {
          clearTimeout(timer)
          waiters.delete(check)
        }
        waiters.add(check)
        check()
      })
    },
  }
}

export function record<T>(source: Subscribable<T>): Recorder<T> {
  const events: T[] = []
  const arrived = arrivals()
  let failure: unknown
  const subscription = source.subscribe({
    next(event) {
      events.push(event)
      arrived.wake()
    },
    error(error: unknown) {
      failure = error
      arrived.wake()
    },
  })
  return {
    events,
    waitFor(match, count = 1, timeoutMs = 10_000) {
      return arrived.until(
        () => {
          if (failure !== undefined) throw failure
          const found = events.filter(match)
          return found.length >= count ? found : undefined
        },
        timeoutMs,
        () => `waited ${timeoutMs} ms for ${count} event(s); got ${JSON.stringify(events)}`,
      )
    },
    stop: () => subscription.unsubscribe(),
  }
}

/** Reads a text/event-stream response incrementally: `until` waits for text, `close` stops. */
export function streamReader(response: Response) {
  const reader = response.body?.getReader()
  if (!reader) throw new Error('the response has no body')
  const decoder = new TextDecoder()
  let text = ''
  let done = false
  return {
    async until(needle: string): Promise<string> {
      while (!done && !text.includes(needle)) {
        const chunk = await reader.read()
        done = chunk.done
        if (chunk.value) text += decoder.decode(chunk.value, {stream: true})
      }
      return text
    },
    close: () => reader.cancel(),
  }
}

/** Reads a text/event-stream response until `needle` has arrived, then stops reading it. */
export async function readStreamUntil(response: Response, needle: string): Promise<string> {
  const stream = streamReader(response)
  const text = await stream.until(needle)
  await stream.close()
  return text
}
