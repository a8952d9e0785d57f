import {isApprovalCurrent, isNewer, newest} from './recordOrder.ts'
import {approvalKindFor, decisionKindsFor, type SubjectType} from './subjectTypes.ts'
import type {VerifiedReviewRecord} from './verifyRecord.ts'

export type VersionReviewStateName = 'draft' | 'in-review' | 'changes-requested' | 'approved'

/** Where one exact version (one fingerprint) of a document stands in review. */
export type VersionReview = {
  fingerprint: string
  state: VersionReviewStateName
  /** Newest decision on this fingerprint: approved / citation-verified, changes-requested or unpublished (a takedown). */
  latestDecision?: VerifiedReviewRecord
  /** A review request newer than every decision on this fingerprint. */
  openRequest?: VerifiedReviewRecord
  /** The current (unexpired) approval that lets this version publish. */
  approval?: VerifiedReviewRecord
  /** This fingerprint was approved, but its review date has passed. */
  approvalExpired: boolean
}

/**
 * The review state of one version. An unexpired approval wins; otherwise a review request
 * newer than the last decision means "in review"; a change request or a takedown means
 * "changes requested"; anything else (never reviewed, or approval expired) is "draft".
 */
export function reviewVersion(
  subjectType: SubjectType,
  fingerprint: string,
  records: readonly VerifiedReviewRecord[],
  now: Date,
): VersionReview {
  const latestDecision = newest(records, decisionKindsFor(subjectType), fingerprint)
  const request = newest(records, ['review-requested'], fingerprint)
  const approved = latestDecision?.kind === approvalKindFor(subjectType)
  const current = approved && latestDecision !== undefined && isApprovalCurrent(latestDecision, now)
  const base = {fingerprint, latestDecision, approvalExpired: approved && !current}
  if (current) return {...base, state: 'approved', approval: latestDecision}
  if (request && isNewer(request, latestDecision)) {
    return {...base, state: 'in-review', openRequest: request}
  }
  if (latestDecision && !approved) return {...base, state: 'changes-requested'}
  return {...base, state: 'draft'}
}
