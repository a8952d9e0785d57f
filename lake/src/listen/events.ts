import type {Access} from '../auth/access.ts'
import type {DocumentFilter} from '../query/documentFilter.ts'
import type {CommittedTransaction, SanityDocument, Transition} from '../store/types.ts'

/** What one listener asked for (API defaults applied: result and mutations on, previous off). */
export interface ListenerSpec {
  filter: DocumentFilter
  params: Record<string, unknown>
  access: Access
  includeResult: boolean
  includePreviousRevision: boolean
  includeMutations: boolean
  /** `effectFormat=mendoza`: each event carries the change as mendoza patches. */
  includeEffects: boolean
  /** Without it, release versions (`versions.*`) are not reported. */
  includeAllVersions: boolean
  perspective: 'raw' | 'drafts' | 'published'
}

export interface SseEvent {
  id?: string
  event: string
  data: unknown
}

function inPerspective(id: string, spec: ListenerSpec): boolean {
  if (id.startsWith('versions.')) return spec.includeAllVersions && spec.perspective === 'raw'
  if (id.startsWith('drafts.')) return spec.perspective !== 'published'
  return true
}

function visibleMatch(doc: SanityDocument | null, spec: ListenerSpec): boolean {
  if (!doc || !spec.access.can('read', doc)) return false
  return spec.filter.matchesNow(doc, {identity: spec.access.user?.id})
}

/**
 * The mutation events one committed transaction means for one listener. The transition is
 * relative to the listener's filter: a document that stops matching "disappears" for it.
 */
export function eventsFor(transaction: CommittedTransaction, spec: ListenerSpec): SseEvent[] {
  const relevant: Array<{change: CommittedTransaction['changes'][number]; transition: Transition}> =
    []
  for (const change of transaction.changes) {
    if (!inPerspective(change.id, spec)) continue
    const before = visibleMatch(change.before, spec)
    const after = visibleMatch(change.after, spec)
    if (!before && !after) continue
    const transition: Transition = before && after ? 'update' : after ? 'appear' : 'disappear'
    relevant.push({change, transition})
  }

  return relevant.map(({change, transition}, index) => {
    const data: Record<string, unknown> = {
      documentId: change.id,
      eventId: `${transaction.id}#${change.id}`,
      identity: transaction.author,
      transactionId: transaction.id,
      transition,
      timestamp: transaction.timestamp,
      visibility: 'query',
    }
    // Absent, not null, for a new document: the Studio chains previousRev to the last resultRev.
    if (change.previousRev !== undefined) data.previousRev = change.previousRev
    // A deletion has no revision, yet the event points at the transaction that deleted it.
    data.resultRev = change.resultRev ?? transaction.id
    if (spec.includeMutations) data.mutations = change.mutations
    if (spec.includeEffects) data.effects = change.effects
    // The document as it is now, also when it only left the filter; absent once deleted.
    if (spec.includeResult && change.after) data.result = change.after
    if (spec.includePreviousRevision && change.before) data.previous = change.before
    data.transactionTotalEvents = relevant.length
    data.transactionCurrentEvent = index + 1
    return {id: `${transaction.seq}#${change.id}`, event: 'mutation', data}
  })
}

export function formatSse({id, event, data}: SseEvent): string {
  return `${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`
}
