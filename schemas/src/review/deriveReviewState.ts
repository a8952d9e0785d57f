import {reviewPublished, type PublishedReview, type PublishedStateName} from './publishedReview.ts'
import {newest} from './recordOrder.ts'
import {approvalKindFor, type SubjectType} from './subjectTypes.ts'
import type {VerifiedReviewRecord} from './verifyRecord.ts'
import {reviewVersion, type VersionReview, type VersionReviewStateName} from './versionReview.ts'

export type ReviewStateName = VersionReviewStateName | PublishedStateName

export type ReviewStateInput = {
  subjectType: SubjectType
  /** The draft, when one exists (its `_rev` is echoed back for diffing). */
  draft?: {fingerprint: string; rev: string} | null
  /** The published document, when one exists. */
  published?: {fingerprint: string} | null
  /** This document's records that passed `filterVerifiedRecords`. */
  records: readonly VerifiedReviewRecord[]
  now: Date
}

export type ReviewState = {
  /**
   * One state for a badge or a desk list. Precedence: `integrity-alert` first (readers must
   * not see the content); then the pending draft's state, since that is what editors act on;
   * then re-review of the published version when one is under way; then the published state.
   * `draft` and `published` below always carry both sides.
   */
  state: ReviewStateName
  /** The pending draft: null when there is none or it equals the published content. */
  draft: (VersionReview & {rev: string}) | null
  published: PublishedReview | null
  /** The pending draft differs from every version that was ever approved (sign-off void). */
  changedSinceSignOff: boolean
  /** Newest approval (medical sign-off or citation verification) of any version. */
  latestApproval?: VerifiedReviewRecord
  /** Newest decision on the version editors act on (the pending draft, else the published one). */
  latestDecision?: VerifiedReviewRecord
  /** When the published content is due for review, else when the approved draft would be. */
  nextReviewDue?: string
}

/** Review state of one document, from its fingerprints and its verified records. */
export function deriveReviewState({
  subjectType,
  draft,
  published,
  records,
  now,
}: ReviewStateInput): ReviewState {
  const approvalKind = approvalKindFor(subjectType)
  const latestApproval = newest(records, [approvalKind])
  const publishedReview = published
    ? reviewPublished(subjectType, published.fingerprint, records, now)
    : null
  const pending = draft && draft.fingerprint !== published?.fingerprint ? draft : null
  const draftReview = pending
    ? {...reviewVersion(subjectType, pending.fingerprint, records, now), rev: pending.rev}
    : null
  const changedSinceSignOff =
    draftReview !== null &&
    latestApproval !== undefined &&
    newest(records, [approvalKind], draftReview.fingerprint) === undefined
  return {
    state: headline(draftReview, publishedReview),
    draft: draftReview,
    published: publishedReview,
    changedSinceSignOff,
    latestApproval,
    latestDecision: (draftReview ?? publishedReview?.review)?.latestDecision,
    nextReviewDue: publishedReview?.nextReviewDue ?? draftReview?.approval?.nextReviewDue,
  }
}

function headline(draft: VersionReview | null, published: PublishedReview | null): ReviewStateName {
  if (published?.state === 'integrity-alert') return 'integrity-alert'
  if (draft) return draft.state
  if (!published) return 'draft'
  const reReview = published.review.state
  return reReview === 'in-review' || reReview === 'changes-requested' ? reReview : published.state
}
