import {formatDay} from '../dates.ts'
import {newest} from '../recordOrder.ts'
import type {VerifiedReviewRecord} from '../verifyRecord.ts'
import {linkedPersonProblem, nameOf} from './actorChecks.ts'
import {decide, workingFingerprint, type Decision, type PolicyContext} from './policyInput.ts'

export type VerifyCitationInput = Pick<PolicyContext, 'actor' | 'document' | 'records' | 'history'>

/**
 * Four eyes, by history: only someone who wrote nothing to the citation since its last
 * verification (since its creation, when it was never verified) may record that it checked
 * out. `history` (oldest first) lists those writers; without it the answer is no.
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
      ? lastEditorProblem(
          actor,
          history,
          newest(records, ['citation-verified'], fingerprint),
          newest(records, ['citation-verified']) !== undefined,
        )
      : undefined,
  ])
}

function lastEditorProblem(
  actor: VerifyCitationInput['actor'],
  history: readonly string[] | null,
  verified: VerifiedReviewRecord | undefined,
  everVerified: boolean,
): string | undefined {
  if (history === null) {
    return (
      "This citation's edit history does not reach back to its last verification, so its " +
      'last editor cannot be identified. To be safe, verification is refused: ask an administrator.'
    )
  }
  if (history.length === 0) {
    return verified
      ? `${verified.actor.name} already verified this version on ${formatDay(verified.at)}, and nobody has edited it since.`
      : "This citation's edit history shows no edits, so who wrote it cannot be identified. To be safe, verification is refused."
  }
  if (!history.includes(actor.sanityUserId)) return undefined
  return everVerified
    ? `${nameOf(actor)} edited this citation since it was last verified, so someone else must verify it.`
    : `${nameOf(actor)} wrote or edited this citation, so someone else must verify it.`
}
