import {json} from '../server/reply.ts'
import type {Route} from '../server/router.ts'
import type {SanityDocument, Store} from '../store/types.ts'

const systemFields = ['_id', '_type', '_rev', '_createdAt', '_updatedAt'] as const

function withoutContent(doc: SanityDocument): Record<string, unknown> {
  const stripped: Record<string, unknown> = {}
  for (const field of systemFields) stripped[field] = doc[field]
  return stripped
}

/** `GET /data/doc/{ds}/{id1},{id2}` → `{documents, omitted: [{id, reason}]}`, by read grant. */
export function docRoutes(store: Store): Route[] {
  return [
    {
      method: 'GET',
      path: '/data/doc/:dataset/:ids',
      handler(request, params) {
        const ids = (params.ids ?? '').split(',').filter(Boolean)
        const excludeContent = request.query.get('excludeContent') === 'true'
        const documents: Record<string, unknown>[] = []
        const omitted: Array<{id: string; reason: 'existence' | 'permission'}> = []
        store.getDocuments(ids).forEach((doc, index) => {
          const id = ids[index] ?? ''
          if (!doc) omitted.push({id, reason: 'existence'})
          else if (!request.access.can('read', doc)) omitted.push({id, reason: 'permission'})
          else documents.push(excludeContent ? withoutContent(doc) : doc)
        })
        return json({documents, omitted})
      },
    },
  ]
}
