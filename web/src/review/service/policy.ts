import {
  canPublish,
  canRequestChanges,
  canRequestReview,
  canSignOff,
  canUnpublish,
  canVerifyCitation,
  type Decision,
  type PolicyContext,
} from '@vetted/schemas/review'
import type {Caller} from './caller.ts'
import type {ServiceContext} from './context.ts'
import {refused} from './errors.ts'
import {readTransactions, writersSince} from './history.ts'
import type {Subject} from './subject.ts'

/**
 * Who wrote the document since its newest approval (since creation without one), from the
 * store's history, without the robot's own writes; null when history does not reach back.
 */
export async function editorsSinceApproval(
  context: ServiceContext,
  subject: Subject,
): Promise<string[] | null> {
  const [transactions, robotUserId] = await Promise.all([
    readTransactions(context.robot, subject.id),
    context.robotUserId(),
  ])
  return writersSince(transactions, subject.id, subject.state.latestApproval?.subjectRevision, [
    robotUserId,
  ])
}

/** The policy core's view of one request: this caller, this document, these facts. */
export function policyContext(
  subject: Subject,
  caller: Caller,
  history: readonly string[] | null,
  now: Date,
): PolicyContext {
  return {
    actor: caller,
    document: {
      type: subject.type,
      draftFingerprint: subject.draftFingerprint,
      publishedFingerprint: subject.publishedFingerprint,
      authorIds: subject.authorIds,
    },
    records: subject.records,
    history,
    settings: subject.settings,
    now,
  }
}

export type ActionName =
  'requestReview' | 'signOff' | 'requestChanges' | 'publish' | 'unpublish' | 'verifyCitation'

/**
 * Every action's decision for this caller, for the Studio to enable buttons and explain why
 * not. The takedown reason is asked for in the dialog, so it is not part of this answer.
 */
export function allDecisions(input: PolicyContext): Record<ActionName, Decision> {
  return {
    requestReview: canRequestReview(input),
    signOff: canSignOff(input),
    requestChanges: canRequestChanges(input),
    publish: canPublish(input),
    unpublish: canUnpublish({...input, reason: 'asked for when the takedown is confirmed'}),
    verifyCitation: canVerifyCitation(input),
  }
}

/** Throws the policy's refusal (403, its reasons) unless the decision allows the action. */
export function enforce(what: string, decision: Decision): void {
  if (!decision.allowed) throw refused(what, decision.reasons)
}
