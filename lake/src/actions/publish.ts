import {documentNotFound, revisionMismatch} from '../errors.ts'
import {copyAs} from '../mutations/documents.ts'
import type {DocumentBody, WorkingSet} from '../store/workingSet.ts'
import {assertDraftOf} from './ids.ts'
import type {ActionOf} from './parse.ts'

/**
 * The draft's content becomes the published document and the draft is deleted, in one
 * transaction (two changes). Optional revision guards refuse with 409 and write nothing.
 */
export function publish(
  workingSet: WorkingSet,
  action: ActionOf<'sanity.action.document.publish'>,
) {
  const {draftId, publishedId, ifDraftRevisionId, ifPublishedRevisionId} = action
  assertDraftOf(draftId, publishedId)
  const draft = workingSet.get(draftId)
  if (!draft) throw documentNotFound(draftId)
  if (ifDraftRevisionId !== undefined && draft._rev !== ifDraftRevisionId) {
    throw revisionMismatch(draftId, ifDraftRevisionId, revisionOf(draft))
  }
  const published = workingSet.get(publishedId)
  if (ifPublishedRevisionId !== undefined && published?._rev !== ifPublishedRevisionId) {
    throw revisionMismatch(publishedId, ifPublishedRevisionId, revisionOf(published))
  }
  const body = strengthenReferences(copyAs(draft, publishedId))
  workingSet.write(publishedId, body, {createOrReplace: body})
  workingSet.write(draftId, null, {delete: {id: draftId}})
}

/** The published document goes back to being a draft (kept as is when a draft exists). */
export function unpublish(
  workingSet: WorkingSet,
  action: ActionOf<'sanity.action.document.unpublish'>,
) {
  const {draftId, publishedId} = action
  assertDraftOf(draftId, publishedId)
  const published = workingSet.get(publishedId)
  if (!published) throw documentNotFound(publishedId)
  if (!workingSet.get(draftId)) {
    const draft = copyAs(published, draftId)
    workingSet.write(draftId, draft, {createIfNotExists: draft})
  }
  workingSet.write(publishedId, null, {delete: {id: publishedId}})
}

const revisionOf = (document: DocumentBody | null) =>
  typeof document?._rev === 'string' ? document._rev : undefined

/**
 * References the Studio made weak because their target was not published yet carry
 * `_strengthenOnPublish`; the Content Lake strengthens them on publish when `_weak` is set
 * too, keeping `_weak` only where the schema asks for weak references.
 */
export function strengthenReferences<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => strengthenReferences(item)) as T
  if (typeof value !== 'object' || value === null) return value
  const result: Record<string, unknown> = {}
  for (const [key, child] of Object.entries(value)) result[key] = strengthenReferences(child)
  const marker = result._strengthenOnPublish
  if (marker && result._weak) {
    delete result._strengthenOnPublish
    const keepWeak = typeof marker === 'object' && Reflect.get(marker, 'weak') === true
    if (!keepWeak) delete result._weak
  }
  return result as T
}
