import {documentNotFound, LakeError} from '../errors.ts'
import {assertDocumentId, draftIdOf} from '../store/ids.ts'
import type {WorkingSet} from '../store/workingSet.ts'
import {assertDraftOf, assertPublishedId} from './ids.ts'
import type {ActionOf} from './parse.ts'

/** Deletes the published document and the listed drafts; an unlisted existing draft is an error. */
export function deleteDocument(
  workingSet: WorkingSet,
  action: ActionOf<'sanity.action.document.delete'>,
) {
  const {publishedId, includeDrafts} = action
  assertPublishedId(publishedId)
  for (const draftId of includeDrafts) assertDraftOf(draftId, publishedId, {allowVersions: true})
  const draftId = draftIdOf(publishedId)
  if (!includeDrafts.includes(draftId) && workingSet.get(draftId)) {
    throw new LakeError({
      status: 409,
      type: 'documentHasDraftError',
      description: `Document "${publishedId}" has a draft "${draftId}" that the delete does not include; list it in includeDrafts`,
      details: {id: publishedId, draftId},
    })
  }
  let deleted = 0
  for (const id of [publishedId, ...includeDrafts]) {
    if (!workingSet.get(id)) continue
    workingSet.write(id, null, {delete: {id}})
    deleted++
  }
  if (deleted === 0) throw documentNotFound(publishedId)
}

/** Deletes the draft, which must exist. */
export function discard(
  workingSet: WorkingSet,
  action: ActionOf<'sanity.action.document.discard'>,
) {
  removeExisting(workingSet, action.draftId)
}

/** Deletes a release version, which must exist (releases are off in this lake's Studio). */
export function discardVersion(
  workingSet: WorkingSet,
  action: ActionOf<'sanity.action.document.version.discard'>,
) {
  removeExisting(workingSet, action.versionId)
}

function removeExisting(workingSet: WorkingSet, id: string) {
  assertDocumentId(id)
  if (!workingSet.get(id)) throw documentNotFound(id)
  workingSet.write(id, null, {delete: {id}})
}
