import {documentAlreadyExists, LakeError} from '../errors.ts'
import {copyAs, newBody} from '../mutations/documents.ts'
import {patchDocument} from '../mutations/patch.ts'
import type {WorkingSet} from '../store/workingSet.ts'
import {assertDraftOf} from './ids.ts'
import type {ActionOf} from './parse.ts'

/**
 * Patches the draft; with no draft yet, first creates it from the published document (the
 * Studio leaves that to the lake: it drops its own createIfNotExists when using actions).
 */
export function edit(workingSet: WorkingSet, action: ActionOf<'sanity.action.document.edit'>) {
  const {draftId, publishedId} = action
  assertDraftOf(draftId, publishedId, {allowVersions: true})
  if (!workingSet.get(draftId)) {
    const published = workingSet.get(publishedId)
    if (!published) throw nothingToEdit(draftId, publishedId)
    const draft = copyAs(published, draftId)
    workingSet.write(draftId, draft, {createIfNotExists: draft})
  }
  patchDocument(workingSet, {...action.patch, id: draftId})
}

/** Creates a draft of a document that is not published yet. */
export function create(workingSet: WorkingSet, action: ActionOf<'sanity.action.document.create'>) {
  const {publishedId, attributes} = action
  const draftId = attributes._id
  assertDraftOf(draftId, publishedId, {allowVersions: true})
  if (workingSet.get(publishedId)) {
    throw new LakeError({
      status: 409,
      type: 'documentAlreadyExistsError',
      description: `Document "${publishedId}" is already published; edit its draft "${draftId}" instead of creating one`,
      details: {id: publishedId},
    })
  }
  if (workingSet.get(draftId)) {
    if (action.ifExists === 'ignore') return
    throw documentAlreadyExists(draftId)
  }
  const body = newBody(attributes, draftId, workingSet.timestamp)
  workingSet.write(draftId, body, {create: body})
}

/** Replaces the draft's content (creating the draft); the draft or the published document must exist. */
export function replaceDraft(
  workingSet: WorkingSet,
  action: ActionOf<'sanity.action.document.replaceDraft'>,
) {
  const {publishedId, attributes} = action
  const draftId = attributes._id
  assertDraftOf(draftId, publishedId)
  const existing = workingSet.get(draftId) ?? workingSet.get(publishedId)
  if (!existing) throw nothingToEdit(draftId, publishedId)
  const createdAt =
    typeof existing._createdAt === 'string' ? existing._createdAt : workingSet.timestamp
  const body = newBody(attributes, draftId, createdAt)
  workingSet.write(draftId, body, {createOrReplace: body})
}

const nothingToEdit = (draftId: string, publishedId: string) =>
  new LakeError({
    status: 404,
    type: 'documentNotFoundError',
    description: `Neither "${draftId}" nor "${publishedId}" exists; create the draft first (sanity.action.document.create)`,
    details: {id: draftId},
  })
