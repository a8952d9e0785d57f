import {approvalKindFor} from '../subjectTypes.ts'
import {linkedPersonProblem, nameOf} from './actorChecks.ts'
import type {PolicyContext} from './policyInput.ts'

/**
 * A reviewer must not have written to the draft since the last sign-off and must not be one
 * of its authors. When the history does not reach back that far, nobody can be shown to be
 * independent, so the answer is no.
 */
export function independenceProblems({
  actor,
  document,
  records,
  history,
}: Pick<PolicyContext, 'actor' | 'document' | 'records' | 'history'>): string[] {
  // Until the actor is known to be the person on the profile, naming them here would mislead.
  if (linkedPersonProblem(actor, 'A review')) return []
  const name = nameOf(actor)
  const signedOffBefore = records.some(({kind}) => kind === approvalKindFor(document.type))
  const problems: string[] = []
  if (history === null) {
    problems.push(
      `This document's edit history does not reach back to ${signedOffBefore ? 'its last sign-off' : 'its creation'}, ` +
        `so it cannot be shown that ${name} did not edit it. To be safe, review is refused: ` +
        'ask an administrator.',
    )
  } else if (history.includes(actor.sanityUserId)) {
    problems.push(
      signedOffBefore
        ? `${name} edited this draft after the last sign-off, so someone else must review it.`
        : `${name} edited this draft, so someone else must review it.`,
    )
  }
  const personId = actor.person ? idOf(actor.person) : undefined
  if (personId !== undefined && document.authorIds.includes(personId)) {
    problems.push(
      `${name} is listed as an author of this document, so someone else must review it.`,
    )
  }
  return problems
}

function idOf({_id: id}: {_id: string}): string {
  return id
}
