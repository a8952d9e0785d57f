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
  /**
   * This exact content was approved once, but a later decision about another version of the
   * document superseded that approval (content restored from an earlier version): it needs a
   * fresh sign-off, and the reviewer can see it is an earlier approved version.
   */
  superseded?: {approval: VerifiedReviewRecord; by: VerifiedReviewRecord}
}

/**
 * The review state of one version. Only the document's newest decision counts: this version is
 * approved when that decision, over every version, is an unexpired approval of exactly it.
 * Otherwise a review request newer than the last decision on it means "in review"; a change
 * request or a takedown means "changes requested"; anything else (never reviewed, approval
 * expired or superseded) is "draft".
 */
export function reviewVersion(
  subjectType: SubjectType,
  fingerprint: string,
  records: readonly VerifiedReviewRecord[],
  now: Date,
): VersionReview {
  const decisionKinds = decisionKindsFor(subjectType)
  const latestDecision = newest(records, decisionKinds, fingerprint)
  const newestDecision = newest(records, decisionKinds)
  const request = newest(records, ['review-requested'], fingerprint)
  const approved = latestDecision?.kind === approvalKindFor(subjectType)
  const supersededBy =
    approved && newestDecision !== undefined && newestDecision !== latestDecision
      ? newestDecision
      : undefined
  const current =
    approved &&
    !supersededBy &&
    latestDecision !== undefined &&
    isApprovalCurrent(latestDecision, now)
  const base = {
    fingerprint,
    latestDecision,
    approvalExpired: approved && !supersededBy && !current,
    ...(supersededBy && latestDecision
      ? {superseded: {approval: latestDecision, by: supersededBy}}
      : {}),
  }
  if (current) return {...base, state: 'approved', approval: latestDecision}
  if (request && isNewer(request, latestDecision)) {
    return {...base, state: 'in-review', openRequest: request}
  }
  if (latestDecision && !approved) return {...base, state: 'changes-requested'}
  return {...base, state: 'draft'}
}
