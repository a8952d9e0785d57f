import {useCallback, useEffect, useSyncExternalStore} from 'react'
import type {z} from 'zod'
import {callService, ServiceRequestError} from './serviceClient.ts'

/** One status answer from the service, for one subject at one revision. */
export type ServiceSnapshot<T> =
  | {phase: 'loading'; revisionKey: string}
  | {phase: 'ready'; revisionKey: string; status: T}
  | {phase: 'error'; revisionKey: string; error: ServiceRequestError}

interface Entry<T> {
  snapshot: ServiceSnapshot<T>
  listeners: Set<() => void>
  controller?: AbortController
}

/**
 * A store of status answers, one per subject, shared by everything on screen that shows it
 * (actions, badges, views), so a pane asks the service once per saved revision rather than once
 * per button. `pathFor` names the status route for a subject id.
 */
export function createStatusStore<T>(pathFor: (id: string) => string, schema: z.ZodType<T>) {
  const entries = new Map<string, Entry<T>>()

  function entryFor(id: string): Entry<T> {
    let entry = entries.get(id)
    if (!entry) {
      entry = {snapshot: {phase: 'loading', revisionKey: ''}, listeners: new Set()}
      entries.set(id, entry)
    }
    return entry
  }

  function publish(entry: Entry<T>, snapshot: ServiceSnapshot<T>) {
    entry.snapshot = snapshot
    for (const listener of entry.listeners) listener()
  }

  /** Asks the service again, for this revision (a new one, or the same after an action). */
  function load(id: string, revisionKey: string, token: string | undefined) {
    const entry = entryFor(id)
    entry.controller?.abort()
    const controller = new AbortController()
    entry.controller = controller
    publish(entry, {phase: 'loading', revisionKey})
    callService(pathFor(id), schema, {token, signal: controller.signal}).then(
      (status) => {
        if (!controller.signal.aborted) publish(entry, {phase: 'ready', revisionKey, status})
      },
      (error: unknown) => {
        if (controller.signal.aborted) return
        const failure =
          error instanceof ServiceRequestError
            ? error
            : new ServiceRequestError(0, 'unexpected', String(error))
        publish(entry, {phase: 'error', revisionKey, error: failure})
      },
    )
  }

  /**
   * The status of one subject for the logged-in person, fetched again whenever its revision key
   * changes. `refresh` asks again now (after an action).
   */
  function useStatus(
    id: string,
    revisionKey: string,
    token: string | undefined,
  ): {snapshot: ServiceSnapshot<T>; refresh: () => void} {
    const entry = entryFor(id)
    const subscribe = useCallback(
      (listener: () => void) => {
        entry.listeners.add(listener)
        return () => entry.listeners.delete(listener)
      },
      [entry],
    )
    const snapshot = useSyncExternalStore(subscribe, () => entry.snapshot)
    useEffect(() => {
      if (entry.snapshot.revisionKey !== revisionKey || entry.snapshot.phase === 'error') {
        load(id, revisionKey, token)
      }
    }, [entry, id, revisionKey, token])
    const refresh = useCallback(() => load(id, revisionKey, token), [id, revisionKey, token])
    return {snapshot, refresh}
  }

  return {load, useStatus}
}

/** The revisions a status answer is about: it is stale as soon as either changes. */
export function revisionKeyOf(draft: {_rev?: string} | null, published: {_rev?: string} | null) {
  return `${draft?._rev ?? '-'}/${published?._rev ?? '-'}`
}
