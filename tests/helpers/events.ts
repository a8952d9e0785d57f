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
