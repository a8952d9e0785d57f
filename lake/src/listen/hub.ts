import type {CommittedTransaction, Store} from '../store/types.ts'
import {eventsFor, formatSse, type ListenerSpec, type SseEvent} from './events.ts'

export interface Listener {
  spec: ListenerSpec
  send(chunk: string): void
}

/** How far back a reconnecting listener may resume; further behind, it is told to reset. */
const resumeLimit = 1000

export interface ListenerHub {
  /**
   * Registers a listener and answers its opening events: `welcome`, or when it resumes from
   * `lastEventId`, `welcomeback` and the events it missed (or `reset` when that is too far back).
   */
  open(listener: Listener, listenerName: string, lastEventId: string | undefined): () => void
  /** How many listeners are connected (for the lake's status line). */
  size(): number
  close(): void
}

function resumePoint(lastEventId: string | undefined): number | null {
  const seq = lastEventId ? Number(/^(\d+)#/.exec(lastEventId)?.[1]) : Number.NaN
  return Number.isSafeInteger(seq) && seq >= 0 ? seq : null
}

export function createListenerHub(store: Store, log: (line: string) => void): ListenerHub {
  const listeners = new Set<Listener>()

  const deliver = (transaction: CommittedTransaction) => {
    for (const listener of listeners) {
      try {
        const chunk = eventsFor(transaction, listener.spec).map(formatSse).join('')
        if (chunk) listener.send(chunk)
      } catch (error) {
        log(`listener event failed: ${error instanceof Error ? error.message : String(error)}`)
      }
    }
  }
  const unsubscribe = store.onCommit(deliver)

  return {
    open(listener, listenerName, lastEventId) {
      // Everything below is synchronous, so no commit can slip between the replay and the
      // registration: the listener sees each transaction exactly once.
      const opening: SseEvent[] = []
      const since = resumePoint(lastEventId)
      if (since === null) {
        opening.push({event: 'welcome', data: {listenerName}})
      } else {
        const missed = since <= store.lastSeq() ? store.transactionsSince(since, resumeLimit) : null
        if (!missed || missed.length >= resumeLimit) {
          opening.push({event: 'reset', data: {}})
        } else {
          opening.push({event: 'welcomeback', data: {listenerName}})
          for (const transaction of missed) opening.push(...eventsFor(transaction, listener.spec))
        }
      }
      listener.send(opening.map(formatSse).join(''))
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    size: () => listeners.size,
    close() {
      unsubscribe()
      listeners.clear()
    },
  }
}
