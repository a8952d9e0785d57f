import {malformedAction} from '../errors.ts'
import {assertDocumentId, draftIdOf, isDraftId, isVersionId} from '../store/ids.ts'

export function assertPublishedId(id: string): void {
  assertDocumentId(id)
  if (isDraftId(id) || isVersionId(id)) {
    throw malformedAction(
      `publishedId "${id}" must be the published id, without a "drafts." or "versions." prefix`,
    )
  }
}

/** `draftId` must be `drafts.<publishedId>`, or a release version of it where versions are allowed. */
export function assertDraftOf(
  draftId: string,
  publishedId: string,
  options: {allowVersions: boolean} = {allowVersions: false},
): void {
  assertPublishedId(publishedId)
  assertDocumentId(draftId)
  if (draftId === draftIdOf(publishedId)) return
  if (options.allowVersions && isVersionId(draftId) && draftId.endsWith(`.${publishedId}`)) return
  throw malformedAction(
    `"${draftId}" is not the draft of "${publishedId}"; use "${draftIdOf(publishedId)}"`,
  )
}
