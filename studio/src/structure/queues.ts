import {
  deriveReviewState,
  filterVerifiedRecords,
  fingerprint,
  isReviewSubjectType,
  type PublicKeys,
  type ReviewState,
} from '@vetted/schemas/review'

export const queues = [
  {id: 'my-drafts', title: 'My drafts'},
  {id: 'awaiting-review', title: 'Awaiting review'},
  {id: 'changes-requested', title: 'Changes requested'},
  {id: 'approved', title: 'Approved — ready to publish'},
  {id: 'review-overdue', title: 'Review overdue'},
  {id: 'integrity-alerts', title: 'Integrity alerts'},
] as const
export type QueueId = (typeof queues)[number]['id']

export interface StoredDocument {
  _id: string
  _type: string
  _rev?: string
  [field: string]: unknown
}

/** One document's two versions and what its records say, computed in the browser. */
export interface DocumentReview {
  id: string
  type: string
  title: string
  draft: StoredDocument | null
  published: StoredDocument | null
  state: ReviewState
  authorIds: string[]
  /** Records about it that exist but do not verify (forged, edited, unknown key). */
  unverifiedRecords: number
}

export interface QueueEntry {
  id: string
  type: string
  title: string
  detail: string
}

function titleOf(document: StoredDocument): string {
  const title = document.title ?? document.name
  return typeof title === 'string' && title.trim() ? title : document._id
}

function authorIdsOf(document: StoredDocument): string[] {
  if (!Array.isArray(document.authors)) return []
  return document.authors.flatMap((author: unknown) => {
    const ref =
      typeof author === 'object' && author !== null ? Reflect.get(author, '_ref') : undefined
    return typeof ref === 'string' ? [ref] : []
  })
}

/**
 * Review state of every clinical document and citation, with the review core: fingerprints of
 * both versions and the records that verify against the service's public keys.
 */
export async function reviewAll(
  documents: StoredDocument[],
  records: unknown[],
  publicKeys: PublicKeys,
  now: Date,
): Promise<DocumentReview[]> {
  const pairs = new Map<string, {draft: StoredDocument | null; published: StoredDocument | null}>()
  for (const document of documents) {
    if (!isReviewSubjectType(document._type) || document._id.startsWith('versions.')) continue
    const isDraft = document._id.startsWith('drafts.')
    const id = isDraft ? document._id.slice('drafts.'.length) : document._id
    const pair = pairs.get(id) ?? {draft: null, published: null}
    pairs.set(id, isDraft ? {...pair, draft: document} : {...pair, published: document})
  }
  const reviews = await Promise.all(
    [...pairs].map(async ([id, {draft, published}]): Promise<DocumentReview[]> => {
      const current = draft ?? published
      const type = current?._type ?? ''
      if (!current || !isReviewSubjectType(type)) return []
      const about = records.filter((record) => {
        const subject =
          typeof record === 'object' && record !== null ? Reflect.get(record, 'subject') : undefined
        return (
          typeof subject === 'object' && subject !== null && Reflect.get(subject, '_ref') === id
        )
      })
      const verified = await filterVerifiedRecords(about, publicKeys, {subjectId: id})
      const state = deriveReviewState({
        subjectType: type,
        draft: draft ? {fingerprint: await fingerprint(draft), rev: draft._rev ?? ''} : null,
        published: published ? {fingerprint: await fingerprint(published)} : null,
        records: verified,
        now,
      })
      return [
        {
          id,
          type,
          title: titleOf(current),
          draft,
          published,
          state,
          authorIds: authorIdsOf(current),
          unverifiedRecords: about.length - verified.length,
        },
      ]
    }),
  )
  return reviews.flat()
}

const typeLabels: Record<string, string> = {
  condition: 'Condition',
  treatment: 'Treatment',
  article: 'Article',
  citation: 'Citation',
}

function detailFor(queue: QueueId, review: DocumentReview): string | null {
  const {state} = review
  const kind = typeLabels[review.type] ?? review.type
  switch (queue) {
    case 'my-drafts':
      return review.draft && ['draft', 'changes-requested'].includes(state.draft?.state ?? '')
        ? `${kind} · ${state.draft?.state === 'changes-requested' ? 'changes requested' : 'draft'}`
        : null
    case 'awaiting-review':
      return state.state === 'in-review'
        ? `${kind} · requested by ${(state.draft ?? state.published?.review)?.openRequest?.actor.name ?? 'an editor'}`
        : null
    case 'changes-requested':
      return state.state === 'changes-requested'
        ? `${kind} · ${state.latestDecision?.notes ?? 'see the Review tab'}`
        : null
    case 'approved':
      return state.draft?.state === 'approved'
        ? `${kind} · signed off by ${state.draft.approval?.actor.name ?? 'a reviewer'}`
        : null
    case 'review-overdue':
      return state.published?.state === 'review-overdue'
        ? `${kind} · review was due ${state.published.nextReviewDue ?? ''}`
        : null
    case 'integrity-alerts':
      if (state.published?.state === 'integrity-alert') {
        return `${kind} · published without a valid sign-off of this exact version: the site hides it`
      }
      return review.unverifiedRecords > 0
        ? `${kind} · ${review.unverifiedRecords} record(s) do not verify`
        : null
  }
}

/** The documents in one queue, each with the line that says why it is there. */
export function queueEntries(
  queue: QueueId,
  reviews: DocumentReview[],
  myPersonId: string | null,
): QueueEntry[] {
  return reviews
    .filter(
      (review) =>
        queue !== 'my-drafts' || (myPersonId !== null && review.authorIds.includes(myPersonId)),
    )
    .flatMap((review) => {
      const detail = detailFor(queue, review)
      return detail === null
        ? []
        : [{id: review.id, type: review.type, title: review.title, detail}]
    })
    .sort((a, b) => a.title.localeCompare(b.title))
}
