import type {SanityClient, SanityDocument} from '@sanity/client'
import {
  deriveReviewState,
  filterVerifiedRecords,
  fingerprint,
  isReviewSubjectType,
  type PublicKeys,
  type ReviewSettings,
  type ReviewState,
  type SubjectType,
  type VerifiedReviewRecord,
  withoutStoreFields,
} from '@vetted/schemas/review'
import {ReviewServiceError} from './errors.ts'

/** One reviewable document as the service sees it: both versions, its records, its state. */
export interface Subject {
  id: string
  type: SubjectType
  draft: SanityDocument | null
  published: SanityDocument | null
  draftFingerprint: string | null
  publishedFingerprint: string | null
  /** Every published record about it, as stored (signed or not), oldest first. */
  storedRecords: StoredRecord[]
  /** The records whose signatures verify: the only ones state and policy look at. */
  records: VerifiedReviewRecord[]
  settings: ReviewSettings
  /** Person ids in `authors` (the draft's when there is one). */
  authorIds: string[]
  state: ReviewState
}

export type StoredRecord = Record<string, unknown> & {_id: string}

const recordsQuery = `*[_type == "medicalReview" && subject._ref == $id] | order(at asc)`
// By type and id: a document of another type under the settings id decides nothing.
const settingsQuery = `*[_type == "siteSettings" && _id == "siteSettings"][0]{defaultReviewIntervalMonths}`

// Ids that belong to the records and the settings: never a review subject, even
// when someone puts a draft of a reviewable type there.
const reservedIds = [/^review-/, /^siteSettings$/]

function authorIdsOf(document: SanityDocument | null): string[] {
  const authors = document?.authors
  if (!Array.isArray(authors)) return []
  return authors.flatMap((author: unknown) => {
    const ref =
      typeof author === 'object' && author !== null ? Reflect.get(author, '_ref') : undefined
    return typeof ref === 'string' ? [ref] : []
  })
}

/**
 * Loads a document's draft and published versions, its records (published only: a `drafts.`
 * record is anyone's forgery) and settings, then derives its review state with the core.
 */
export async function loadSubject(
  robot: SanityClient,
  publicKeys: PublicKeys,
  id: string,
  now: Date,
): Promise<Subject> {
  const [documents, stored, settings] = await Promise.all([
    robot.getDocuments([`drafts.${id}`, id], {tag: 'subject'}),
    robot.fetch<StoredRecord[]>(recordsQuery, {id}, {perspective: 'published', tag: 'records'}),
    robot.fetch<ReviewSettings | null>(settingsQuery, {}, {perspective: 'published'}),
  ])
  const [draft = null, published = null] = documents
  const type = (draft ?? published)?._type
  if (!type) {
    throw new ReviewServiceError('not-found', `There is no document "${id}" (draft or published).`)
  }
  if (reservedIds.some((pattern) => pattern.test(id))) {
    throw new ReviewServiceError(
      'not-reviewable',
      `"${id}" is the id of a review record or of the site settings, which never go through review.`,
    )
  }
  if (draft && published && draft._type !== published._type) {
    throw new ReviewServiceError(
      'not-reviewable',
      `The draft of "${id}" is a ${draft._type} but the published document is a ${published._type}: a draft cannot change what a document is. Delete the draft, or create the ${draft._type} under a new id.`,
    )
  }
  if (!isReviewSubjectType(type)) {
    throw new ReviewServiceError(
      'not-reviewable',
      `"${id}" is a ${type}; only conditions, treatments, articles and citations go through review.`,
    )
  }
  const [draftFingerprint, publishedFingerprint, records] = await Promise.all([
    draft ? fingerprint(draft) : null,
    published ? fingerprint(published) : null,
    filterVerifiedRecords(stored, publicKeys, {subjectId: id}),
  ])
  const state = deriveReviewState({
    subjectType: type,
    draft: draft && draftFingerprint ? {fingerprint: draftFingerprint, rev: draft._rev} : null,
    published: publishedFingerprint ? {fingerprint: publishedFingerprint} : null,
    records,
    now,
  })
  return {
    id,
    type,
    draft,
    published,
    draftFingerprint,
    publishedFingerprint,
    storedRecords: stored,
    records,
    settings: settings ?? {},
    authorIds: authorIdsOf(draft ?? published),
    state,
  }
}

/** The version a review acts on: the draft, else the published document (re-review). */
export function workingVersion(subject: Subject): {document: SanityDocument; fingerprint: string} {
  if (subject.draft && subject.draftFingerprint) {
    return {document: subject.draft, fingerprint: subject.draftFingerprint}
  }
  if (subject.published && subject.publishedFingerprint) {
    return {document: subject.published, fingerprint: subject.publishedFingerprint}
  }
  throw new ReviewServiceError('not-found', `"${subject.id}" has no saved version to review.`)
}

/** A document's content under another id, without the fields the store sets on write. */
export function copyAs(document: SanityDocument, id: string): SanityDocument {
  return {...withoutStoreFields(document), _id: id} as SanityDocument
}
