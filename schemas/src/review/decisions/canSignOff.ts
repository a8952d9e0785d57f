import {nextReviewDueProblem} from '../nextReviewDue.ts'
import {isClinicalType} from '../subjectTypes.ts'
import {reviewerProblems} from './actorChecks.ts'
import {independenceProblems} from './independence.ts'
import {
  decide,
  NOTHING_TO_REVIEW,
  workingFingerprint,
  type Decision,
  type PolicyContext,
} from './policyInput.ts'

export type SignOffInput = PolicyContext & {
  /** The reviewer's chosen next review date (YYYY-MM-DD), if they shortened the default. */
  requestedNextReviewDue?: string
}

export type RequestChangesInput = Omit<PolicyContext, 'settings'>

const CITATIONS_ARE_VERIFIED =
  'Citations are not signed off: someone other than their last editor verifies them instead.'

function reviewDecisionProblems(input: RequestChangesInput): string[] {
  const problems = workingFingerprint(input.document) ? [] : [NOTHING_TO_REVIEW]
  return [...problems, ...reviewerProblems(input.actor, input.now), ...independenceProblems(input)]
}

/**
 * A medical sign-off (approval) of the current version: by a registered reviewer with a
 * current credential, who wrote nothing to the draft since the last sign-off and is not one
 * of its authors.
 */
export function canSignOff(input: SignOffInput): Decision {
  if (!isClinicalType(input.document.type)) return decide([CITATIONS_ARE_VERIFIED])
  return decide([
    ...reviewDecisionProblems(input),
    nextReviewDueProblem(input.now, input.settings, input.requestedNextReviewDue),
  ])
}

/** Asking for changes to the current version: the same people who may sign it off. */
export function canRequestChanges(input: RequestChangesInput): Decision {
  if (!isClinicalType(input.document.type)) return decide([CITATIONS_ARE_VERIFIED])
  return decide(reviewDecisionProblems(input))
}
