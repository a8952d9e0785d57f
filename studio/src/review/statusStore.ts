import {useCallback, useEffect, useSyncExternalStore} from 'react'
import {callService, ServiceRequestError} from './serviceClient.ts'
import {reviewStatusSchema, type ReviewStatus} from './reviewStatus.ts'

export type StatusSnapshot =
  | {phase: 'loading'; revisionKey: string}
  | {phase: 'ready'; revisionKey: string; status: ReviewStatus}
  | {phase: 'error'; revisionKey: string; error: ServiceRequestError}

interface Entry {
  snapshot: StatusSnapshot
  listeners: Set<() => void>
  controller?: AbortController
}

// One status per open document, shared by its actions, badges and Review view, so a
// document pane asks the service once per saved revision rather than once per button.
const entries = new Map<string, Entry>()

function entryFor(documentId: string): Entry {
  let entry = entries.get(documentId)
  if (!entry) {
    entry = {snapshot: {phase: 'loading', revisionKey: ''}, listeners: new Set()}
    entries.set(documentId, entry)
  }
  return entry
}

function publish(entry: Entry, snapshot: StatusSnapshot) {
  entry.snapshot = snapshot
  for (const listener of entry.listeners) listener()
}

/** Asks the service again, for this revision (a new one, or the same after an action). */
export function loadStatus(documentId: string, revisionKey: string, token: string | undefined) {
  const entry = entryFor(documentId)
  entry.controller?.abort()
  const controller = new AbortController()
  entry.controller = controller
  publish(entry, {phase: 'loading', revisionKey})
  callService(`status?documentId=${encodeURIComponent(documentId)}`, reviewStatusSchema, {
    token,
    signal: controller.signal,
  }).then(
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

/** The revisions a status answer is about: it is stale as soon as either changes. */
export function revisionKeyOf(draft: {_rev?: string} | null, published: {_rev?: string} | null) {
  return `${draft?._rev ?? '-'}/${published?._rev ?? '-'}`
}

/**
 * The review status of one document for the logged-in person, fetched again whenever its
 * saved revisions change. `refresh` asks again now (after an action).
 */
export function useReviewStatus(
  documentId: string,
  revisionKey: string,
  token: string | undefined,
): {snapshot: StatusSnapshot; refresh: () => void} {
  const entry = entryFor(documentId)
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
      loadStatus(documentId, revisionKey, token)
    }
  }, [entry, documentId, revisionKey, token])
  const refresh = useCallback(
    () => loadStatus(documentId, revisionKey, token),
    [documentId, revisionKey, token],
  )
  return {snapshot, refresh}
}
