import {formatDay} from '../dates.ts'
import {newest} from '../recordOrder.ts'
import {approvalKindFor, type SubjectType} from '../subjectTypes.ts'
import type {VerifiedReviewRecord} from '../verifyRecord.ts'
import {reviewVersion, type VersionReview} from '../versionReview.ts'
import {decide, type Decision, type PolicyContext} from './policyInput.ts'

export type PublishInput = Pick<PolicyContext, 'document' | 'records' | 'now'>

/**
 * Anyone may publish once the newest decision on the draft's current fingerprint is an
 * unexpired approval (a citation: a verification). A change request or a takedown of that
 * exact version, any edit, or a passed review date means it needs a new sign-off.
 */
export function canPublish({document, records, now}: PublishInput): Decision {
  if (!document.draftFingerprint) {
    return decide(['There is no draft with unpublished changes to publish.'])
  }
  const version = reviewVersion(document.type, document.draftFingerprint, records, now)
  return decide([publishBlocker(document.type, version, records)])
}

function publishBlocker(
  type: SubjectType,
  version: VersionReview,
  records: readonly VerifiedReviewRecord[],
): string | undefined {
  if (version.state === 'approved') return undefined
  const signOff = type === 'citation' ? 'verification' : 'sign-off'
  const {latestDecision: decision, openRequest} = version
  if (version.state === 'in-review' && openRequest) {
    return `This version is waiting for review (requested by ${openRequest.actor.name} on ${formatDay(openRequest.at)}); it can be published once it has a ${signOff}.`
  }
  if (decision?.kind === 'unpublished') {
    return `${decision.actor.name} took this version down on ${formatDay(decision.at)} ("${decision.notes?.trim()}"), so it needs a new ${signOff} before it can be published again.`
  }
  if (decision?.kind === 'changes-requested') {
    return `${decision.actor.name} requested changes to this version on ${formatDay(decision.at)}: make them and request a new review.`
  }
  // Every state but "approved" ends here or above, so nothing unapproved can slip through.
  return unapprovedBlocker(type, version, records)
}

function unapprovedBlocker(
  type: SubjectType,
  {approvalExpired, latestDecision}: VersionReview,
  records: readonly VerifiedReviewRecord[],
): string {
  if (approvalExpired && latestDecision) {
    const due = latestDecision.nextReviewDue
      ? formatDay(latestDecision.nextReviewDue)
      : 'its due date'
    return `${latestDecision.actor.name}'s sign-off of ${formatDay(latestDecision.at)} expired when its review fell due on ${due}: a reviewer must sign it off again.`
  }
  const earlier = newest(records, [approvalKindFor(type)])
  if (type === 'citation') {
    return earlier
      ? `This citation changed after ${earlier.actor.name} verified it on ${formatDay(earlier.at)}, so someone other than its last editor must verify it again.`
      : 'Nobody has verified this citation yet: someone other than its last editor must verify it.'
  }
  return earlier
    ? `This draft changed after ${earlier.actor.name} signed it off on ${formatDay(earlier.at)}, so it needs a new sign-off.`
    : 'No reviewer has signed off this version yet: request a review.'
}
