import type {HistoryTransaction, MendozaEffects} from '../store/types.ts'

/*
 * The Studio's history inspector asks `/data/history/{ds}/events/documents/{id}` for the
 * milestones of a document group (create, publish, unpublish, discard, delete, live edits) and
 * derives the edits in between from the transactions itself. They are rebuilt here from the
 * transaction log: a mendoza `[0, null]` apply means the document was deleted, revert means created.
 */

type State = 'created' | 'deleted' | 'modified' | 'untouched'

const isDelete = (patch: unknown[]) => patch[0] === 0 && patch[1] === null

function stateOf(effect: MendozaEffects | undefined): State {
  if (!effect) return 'untouched'
  if (isDelete(effect.apply)) return 'deleted'
  if (isDelete(effect.revert)) return 'created'
  return 'modified'
}

export type DocumentGroupEvent = Record<string, unknown> & {type: string; timestamp: string}

/** Events for one variant (`drafts.x` or `x`), newest first, as the Studio expects them. */
export function documentEvents(
  documentId: string,
  transactions: HistoryTransaction[],
): DocumentGroupEvent[] {
  const isDraft = documentId.startsWith('drafts.')
  const publishedId = isDraft ? documentId.slice('drafts.'.length) : documentId
  const draftId = `drafts.${publishedId}`
  const variant = isDraft ? 'draft' : 'published'
  const events: DocumentGroupEvent[] = []
  /** The draft's revision before each transaction: what a publish or discard consumed. */
  let draftRevision: string | undefined

  for (const tx of transactions) {
    const draft = stateOf(tx.effects[draftId])
    const published = stateOf(tx.effects[publishedId])
    const base = {timestamp: tx.timestamp, author: tx.author, documentVariantType: variant}

    if (draft === 'deleted' && (published === 'created' || published === 'modified')) {
      events.push({
        ...base,
        type: 'publishDocumentVersion',
        documentId: publishedId,
        revisionId: tx.id,
        versionId: draftId,
        ...(draftRevision ? {versionRevisionId: draftRevision} : {}),
        publishCause: 'document.publish',
      })
    } else if (published === 'deleted' && draft === 'created') {
      if (!isDraft)
        events.push({
          ...base,
          type: 'unpublishDocument',
          documentId: publishedId,
          versionId: draftId,
          versionRevisionId: tx.id,
        })
      else
        events.push({
          ...base,
          type: 'createDocumentVersion',
          documentId: publishedId,
          versionId: draftId,
          versionRevisionId: tx.id,
        })
    } else if (published === 'deleted' || (draft === 'deleted' && published === 'untouched')) {
      const groupGone = published === 'deleted'
      if (groupGone) events.push({...base, type: 'deleteDocumentGroup', documentId: publishedId})
      else if (isDraft)
        events.push({
          ...base,
          type: 'deleteDocumentVersion',
          documentId: publishedId,
          versionId: draftId,
          versionRevisionId: draftRevision ?? tx.id,
        })
    } else if (draft === 'created' && isDraft) {
      events.push({
        ...base,
        type: 'createDocumentVersion',
        documentId: publishedId,
        versionId: draftId,
        versionRevisionId: tx.id,
      })
    } else if (published === 'created' && !isDraft) {
      events.push({...base, type: 'createLiveDocument', documentId: publishedId, revisionId: tx.id})
    } else if (published === 'modified' && !isDraft) {
      events.push({...base, type: 'updateLiveDocument', documentId: publishedId, revisionId: tx.id})
    }

    if (draft === 'created' || draft === 'modified') draftRevision = tx.id
    if (draft === 'deleted') draftRevision = undefined
  }
  return events.reverse()
}
