import {insufficientPermissions} from '../errors.ts'
import {badRequest} from '../errors.ts'
import {json, text} from '../server/reply.ts'
import type {LakeRequest} from '../server/request.ts'
import type {Route} from '../server/router.ts'
import type {HistoryQuery, SanityDocument, Store} from '../store/types.ts'
import {documentEvents} from './historyEvents.ts'

const isTrue = (value: string | null) => value === 'true' || value === '1'

function historyQuery(query: URLSearchParams): HistoryQuery {
  const optional = (name: string) => query.get(name) || undefined
  const limit = query.get('limit')
  const parsedLimit = limit ? Number(limit) : undefined
  if (parsedLimit !== undefined && (!Number.isSafeInteger(parsedLimit) || parsedLimit < 1))
    throw badRequest(`"limit" must be a positive whole number (got "${limit}")`)
  return {
    fromTime: optional('fromTime'),
    toTime: optional('toTime'),
    fromTransaction: optional('fromTransaction'),
    toTransaction: optional('toTransaction'),
    excludeContent: isTrue(query.get('excludeContent')),
    excludeMutations: isTrue(query.get('excludeMutations')),
    includeIdentifiedDocumentsOnly: isTrue(query.get('includeIdentifiedDocumentsOnly')),
    authors: optional('authors')?.split(','),
    limit: parsedLimit,
    reverse: isTrue(query.get('reverse')),
  }
}

/** The requested ids the caller holds `history` on; 403 naming the permission when none. */
function historyIds(request: LakeRequest, store: Store, rawIds: string | undefined): string[] {
  const ids = (rawIds ?? '').split(',').filter(Boolean)
  if (ids.length === 0) throw badRequest('Name at least one document id in the path')
  const allowed = ids.filter((id) =>
    request.access.can('history', store.getDocument(id) ?? {_id: id}),
  )
  if (allowed.length === 0) throw insufficientPermissions('history', ids[0] ?? '')
  return allowed
}

/** The last revision a document had, even when it has since been deleted. */
function lastRevision(store: Store, id: string): SanityDocument | undefined {
  const current = store.getDocument(id)
  if (current) return current
  const [deletion, before] = store.transactions([id], {reverse: true, limit: 2})
  if (!deletion || !before) return undefined
  return store.documentAtRevision(id, before.id)
}

export function historyRoutes(store: Store): Route[] {
  return [
    {
      method: 'GET',
      path: '/data/history/:dataset/transactions/:ids',
      handler(request, params) {
        const ids = historyIds(request, store, params.ids)
        const lines = store.transactions(ids, historyQuery(request.query))
        const body = lines.map((line) => `${JSON.stringify(line)}\n`).join('')
        return text(body, 'application/x-ndjson; charset=utf-8')
      },
    },
    {
      method: 'GET',
      path: '/data/history/:dataset/documents/:ids',
      handler(request, params) {
        const ids = historyIds(request, store, params.ids)
        const revision = request.query.get('revision')
        const time = request.query.get('time')
        if (revision && time) throw badRequest('Pass either "revision" or "time", not both')
        const at = (id: string) => {
          if (revision) return store.documentAtRevision(id, revision)
          if (time) return store.documentAtTime(id, time)
          return lastRevision(store, id)
        }
        const documents = ids.map(at).filter((doc) => doc !== undefined)
        return json({documents})
      },
    },
    {
      method: 'GET',
      path: '/data/history/:dataset/events/documents/:id',
      handler(request, params) {
        const [id] = historyIds(request, store, params.id)
        if (!id) return json({events: {}, nextCursor: ''})
        const publishedId = id.replace(/^drafts\./, '')
        const transactions = store.transactions([publishedId, `drafts.${publishedId}`], {
          excludeMutations: true,
        })
        const limit = Number(request.query.get('limit') ?? 100) || 100
        const events = documentEvents(id, transactions).slice(0, limit)
        return json({events: {[id]: events}, nextCursor: ''})
      },
    },
  ]
}
