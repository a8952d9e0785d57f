import {isApprovalCurrent, newest} from './recordOrder.ts'
import {approvalKindFor, type SubjectType} from './subjectTypes.ts'
import type {VerifiedReviewRecord} from './verifyRecord.ts'
import {reviewVersion, type VersionReview} from './versionReview.ts'

export type PublishedStateName = 'published' | 'review-overdue' | 'integrity-alert'

/** What readers see and whether the site may show it. */
export type PublishedReview = {
  fingerprint: string
  /**
   * `published`: a valid approval matches exactly what is published. `review-overdue`: it
   * does, but its review date has passed (the site shows a notice and noindex).
   * `integrity-alert`: nothing approves this content, or it was taken down since (the site
   * must not show it).
   */
  state: PublishedStateName
  /** The newest approval of exactly the published content, unless a takedown followed it. */
  approval?: VerifiedReviewRecord
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
  // A later change request does not withdraw live content; a takedown of it does.
  const settled = newest(records, [approvalKindFor(subjectType), 'unpublished'], fingerprint)
  const review = reviewVersion(subjectType, fingerprint, records, now)
  if (!settled || settled.kind === 'unpublished') {
    return {fingerprint, state: 'integrity-alert', review}
  }
  return {
    fingerprint,
    state: isApprovalCurrent(settled, now) ? 'published' : 'review-overdue',
    approval: settled,
    nextReviewDue: settled.nextReviewDue,
    review,
  }
}
