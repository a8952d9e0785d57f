import {linkedPersonProblem, reviewerProblems} from './actorChecks.ts'
import {decide, type Decision, type PolicyContext} from './policyInput.ts'

export type UnpublishInput = Pick<PolicyContext, 'actor' | 'document' | 'now'> & {
  /** Why it is taken down; recorded in the takedown record's notes. */
  reason?: string | null
}

/**
 * Taking content down: medical reviewers and administrators, with a reason. A lapsed
 * credential does not stop a registered reviewer here: removing content is never the risky
 * direction. Administrators need a linked profile too, since the record names who did it.
 */
export function canUnpublish({actor, document, now, reason}: UnpublishInput): Decision {
  const who =
    actor.role === 'administrator'
      ? [linkedPersonProblem(actor, 'A takedown')]
      : reviewerOrNot(reviewerProblems(actor, now, {requireCurrentCredential: false}))
  return decide([
    document.publishedFingerprint
      ? undefined
      : 'This document is not published, so there is nothing to take down.',
    reason?.trim()
      ? undefined
      : 'Give a reason for taking this down: it is recorded with the takedown.',
    ...who,
  ])
}

function reviewerOrNot(problems: string[]): string[] {
  if (problems.length === 0) return []
  return ['Only medical reviewers and administrators can take content down.', ...problems]
}
