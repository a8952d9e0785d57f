import {credentialAt, withoutStoreFields, type MedicalReviewRecord} from '@vetted/schemas/review'
import type {Caller} from './caller.ts'
import type {ServiceContext} from './context.ts'
import {ReviewServiceError} from './errors.ts'
import {allDecisions, editorsSinceApproval, policyContext} from './policy.ts'
import {loadSubject, type Subject} from './subject.ts'

/** A record as the Studio shows it: what it says, and whether its signature holds. */
export type PublicRecord = Partial<MedicalReviewRecord> & {_id: string; verified: boolean}

export function publicRecord(record: object, verified: boolean): PublicRecord {
  return {...(withoutStoreFields(record) as {_id: string}), verified}
}

function notices(subject: Subject, history: readonly string[] | null): string[] {
  const unverified = subject.storedRecords.length - subject.records.length
  return [
    ...(unverified > 0
      ? [
          `${unverified} record${unverified === 1 ? '' : 's'} about this document do not verify (edited, forged or signed with an unknown key) and are ignored.`,
        ]
      : []),
    ...(history === null
      ? [
          'The content store’s history does not reach back to the last sign-off, so nobody can sign off or verify until an administrator steps in.',
        ]
      : []),
  ]
}

/** Who is asking, as the Studio shows it: a reviewer is someone with a verified credential now. */
export function callerSummary(caller: Caller, now: Date) {
  const personId = caller.person?._id ?? null
  return {
    sanityUserId: caller.sanityUserId,
    name: caller.person?.name || caller.name,
    role: caller.role,
    personId,
    isReviewer:
      personId !== null &&
      credentialAt(caller.credentialRecords, personId, now).state === 'verified',
  }
}

/** `GET /api/review/status?documentId=`: state, fingerprints, records and every action's decision. */
export async function reviewStatus(context: ServiceContext, caller: Caller, documentId: string) {
  const now = context.now()
  const subject = await loadSubject(context.robot, await context.publicKeys(), documentId, now)
  const history = await editorsSinceApproval(context, subject).catch((error: unknown) => {
    if (error instanceof ReviewServiceError && error.code === 'history-unavailable') return null
    throw error
  })
  const {state} = subject
  const verifiedIds = new Set(subject.records.map((record) => record._id))
  const working = subject.draft ?? subject.published
  const workingFingerprint = subject.draftFingerprint ?? subject.publishedFingerprint
  return {
    documentId: subject.id,
    type: subject.type,
    state: state.state,
    changedSinceSignOff: state.changedSinceSignOff,
    nextReviewDue: state.nextReviewDue ?? null,
    draft: state.draft
      ? {
          fingerprint: state.draft.fingerprint,
          rev: state.draft.rev,
          state: state.draft.state,
          // The draft is exactly an earlier approved version: the reviewer can re-approve quickly.
          superseded: state.draft.superseded
            ? {
                approval: publicRecord(state.draft.superseded.approval, true),
                by: publicRecord(state.draft.superseded.by, true),
              }
            : null,
        }
      : null,
    published: state.published
      ? {
          fingerprint: state.published.fingerprint,
          state: state.published.state,
          problem: state.published.problem ?? null,
          nextReviewDue: state.published.nextReviewDue ?? null,
        }
      : null,
    current:
      working && workingFingerprint
        ? {
            fingerprint: workingFingerprint,
            revision: working._rev,
            isDraft: working === subject.draft,
          }
        : null,
    latestApproval: state.latestApproval ? publicRecord(state.latestApproval, true) : null,
    records: subject.storedRecords
      .map((record) => publicRecord(record, verifiedIds.has(record._id)))
      .reverse(),
    actions: allDecisions(policyContext(subject, caller, history, now)),
    caller: callerSummary(caller, now),
    notices: notices(subject, history),
  }
}
