import {compareRecords, isApprovalCurrent, newest} from './recordOrder.ts'
import {
  approvalKindFor,
  decisionKindsFor,
  PUBLICATION_KINDS,
  type SubjectType,
} from './subjectTypes.ts'
import type {VerifiedReviewRecord} from './verifyRecord.ts'
import {reviewVersion, type VersionReview} from './versionReview.ts'

export type PublishedStateName = 'published' | 'review-overdue' | 'integrity-alert'

/** Why what is published may not be shown. */
export type IntegrityProblem =
  /** No signed `published` record: it was published outside the publisher service. */
  | 'not-published-by-service'
  /** The newest publication record is a takedown. */
  | 'taken-down'
  /** The service last published other content: this was put back or changed outside it. */
  | 'other-version-published'
  /** The publish record is not backed by an approval of exactly this content. */
  | 'not-approved'

/** What readers see and whether the site may show it. */
export type PublishedReview = {
  fingerprint: string
  /**
   * `published`: the newest publication record is a `published` record of exactly this
   * content, and the newest decision before it approved exactly this content.
   * `review-overdue`: so, but that approval's review date has passed (the site shows a notice
   * and noindex). `integrity-alert`: anything else (the site must not show it).
   */
  state: PublishedStateName
  problem?: IntegrityProblem
  /** The approval the live publication rests on. */
  approval?: VerifiedReviewRecord
  /** The `published` record of this content. */
  publication?: VerifiedReviewRecord
  nextReviewDue?: string
  /** Review activity on the published version itself (re-review when there is no newer draft). */
  review: VersionReview
}

export function reviewPublished(
  subjectType: SubjectType,
  fingerprint: string,
  records: readonly VerifiedReviewRecord[],
  now: Date,
): PublishedReview {
  const review = reviewVersion(subjectType, fingerprint, records, now)
  const alert = (problem: IntegrityProblem): PublishedReview => ({
    fingerprint,
    state: 'integrity-alert',
    problem,
    review,
  })
  const publication = newest(records, PUBLICATION_KINDS)
  if (!publication) return alert('not-published-by-service')
  if (publication.kind === 'unpublished') return alert('taken-down')
  if (publication.fingerprint !== fingerprint) return alert('other-version-published')
  // A later change request does not withdraw live content; what counts is the decision the
  // publication rested on: the newest one made before it.
  const before = records.filter((record) => compareRecords(record, publication) < 0)
  const basis = newest(before, decisionKindsFor(subjectType))
  if (basis?.kind !== approvalKindFor(subjectType) || basis.fingerprint !== fingerprint) {
    return alert('not-approved')
  }
  // A re-review that approves the live content again (the newest decision) renews it.
  const approval = review.state === 'approved' && review.approval ? review.approval : basis
  return {
    fingerprint,
    state: isApprovalCurrent(approval, now) ? 'published' : 'review-overdue',
    approval,
    publication,
    nextReviewDue: approval.nextReviewDue,
    review,
  }
}
