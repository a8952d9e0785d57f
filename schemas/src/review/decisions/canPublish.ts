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
  {approvalExpired, latestDecision, superseded}: VersionReview,
  records: readonly VerifiedReviewRecord[],
): string {
  if (superseded) return supersededBlocker(type, superseded)
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

const decisionWords: Record<string, string> = {
  approved: 'signed off',
  'citation-verified': 'verified',
  'changes-requested': 'requested changes to',
  unpublished: 'took down',
}

function supersededBlocker(
  type: SubjectType,
  {approval, by}: NonNullable<VersionReview['superseded']>,
): string {
  const what = type === 'citation' ? 'verification' : 'sign-off'
  return (
    `This is the version ${approval.actor.name} ${decisionWords[approval.kind]} on ${formatDay(approval.at)}, ` +
    `but only the newest decision counts: ${by.actor.name} ${decisionWords[by.kind] ?? by.kind} another version on ${formatDay(by.at)}. ` +
    `Restoring earlier content needs a fresh ${what}.`
  )
}
