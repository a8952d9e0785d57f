import {formatDay} from '../dates.ts'
import {newest} from '../recordOrder.ts'
import type {VerifiedReviewRecord} from '../verifyRecord.ts'
import {linkedPersonProblem, nameOf} from './actorChecks.ts'
import {decide, workingFingerprint, type Decision, type PolicyContext} from './policyInput.ts'

export type VerifyCitationInput = Pick<PolicyContext, 'actor' | 'document' | 'records' | 'history'>

/**
 * Four eyes: anyone but the citation's last editor may record that it checked out. `history`
 * (oldest first) is what tells who that was; without it the answer is no.
 */
export function canVerifyCitation({
  actor,
  document,
  records,
  history,
}: VerifyCitationInput): Decision {
  if (document.type !== 'citation') {
    return decide([
      'Only citations are verified; conditions, treatments and articles need a medical sign-off.',
    ])
  }
  const fingerprint = workingFingerprint(document)
  return decide([
    fingerprint ? undefined : 'There is no saved version of this citation to verify yet.',
    linkedPersonProblem(actor, 'A verification'),
    fingerprint
      ? lastEditorProblem(actor, history, newest(records, ['citation-verified'], fingerprint))
      : undefined,
  ])
}

function lastEditorProblem(
  actor: VerifyCitationInput['actor'],
  history: readonly string[] | null,
  verified: VerifiedReviewRecord | undefined,
): string | undefined {
  if (history === null) {
    return (
      "This citation's edit history does not reach back to its last verification, so its " +
      'last editor cannot be identified. To be safe, verification is refused: ask an administrator.'
    )
  }
  const lastEditor = history.at(-1)
  if (lastEditor === undefined) {
    return verified
      ? `${verified.actor.name} already verified this version on ${formatDay(verified.at)}, and nobody has edited it since.`
      : "This citation's edit history shows no edits, so its last editor cannot be identified. To be safe, verification is refused."
  }
  return lastEditor === actor.sanityUserId
    ? `${nameOf(actor)} made the last edit to this citation, so someone else must verify it.`
    : undefined
}
