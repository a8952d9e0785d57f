import {formatDay} from '../dates.ts'
import {reviewVersion, type VersionReview} from '../versionReview.ts'
import {canEditContent, linkedPersonProblem} from './actorChecks.ts'
import {
  decide,
  NOTHING_TO_REVIEW,
  workingFingerprint,
  type Decision,
  type PolicyContext,
} from './policyInput.ts'

export type RequestReviewInput = Pick<PolicyContext, 'actor' | 'document' | 'records' | 'now'>

/**
 * Anyone who may edit the document may ask for its review: of the draft, or of the published
 * version when there is no draft (re-review). Not twice for the same version, and not for a
 * version that is already approved.
 */
export function canRequestReview({actor, document, records, now}: RequestReviewInput): Decision {
  const fingerprint = workingFingerprint(document)
  const version = fingerprint ? reviewVersion(document.type, fingerprint, records, now) : undefined
  return decide([
    canEditContent(actor.role)
      ? undefined
      : `Your Sanity role (${actor.role}) cannot edit content, so it cannot request a review.`,
    linkedPersonProblem(actor, 'A review request'),
    fingerprint ? undefined : NOTHING_TO_REVIEW,
    version && alreadyHandled(version),
  ])
}

function alreadyHandled({state, openRequest, approval}: VersionReview): string | undefined {
  if (state === 'in-review' && openRequest) {
    return `${openRequest.actor.name} already requested a review of this version on ${formatDay(openRequest.at)}.`
  }
  if (state !== 'approved' || !approval) return undefined
  if (approval.kind === 'citation-verified') {
    return `${approval.actor.name} already verified this version on ${formatDay(approval.at)}; it needs no new verification until it changes.`
  }
  const due = approval.nextReviewDue
    ? ` or its review falls due on ${formatDay(approval.nextReviewDue)}`
    : ''
  return `${approval.actor.name} already approved this version on ${formatDay(approval.at)}; it needs no new review until it changes${due}.`
}
