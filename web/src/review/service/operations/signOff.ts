import {canRequestChanges, canSignOff, computeNextReviewDue} from '@vetted/schemas/review'
import type {SignOffBody} from '../bodies.ts'
import type {Caller} from '../caller.ts'
import type {ServiceContext} from '../context.ts'
import {ReviewServiceError} from '../errors.ts'
import {editorsSinceApproval, enforce, policyContext} from '../policy.ts'
import {signedRecord} from '../records.ts'
import {publicRecord} from '../status.ts'
import {loadSubject, workingVersion} from '../subject.ts'

/**
 * `POST /api/review/sign-off`: a reviewer's decision on the exact version they read. A stale
 * fingerprint is a 409 (they must read the current version); everything else is the policy's.
 */
export async function signOff(context: ServiceContext, caller: Caller, body: SignOffBody) {
  const now = context.now()
  const subject = await loadSubject(context.robot, await context.publicKeys(), body.documentId, now)
  const version = workingVersion(subject)
  if (body.fingerprint !== version.fingerprint) {
    throw new ReviewServiceError(
      'stale-fingerprint',
      'The document changed after you opened it: read the current version and decide again.',
      [
        `You reviewed ${body.fingerprint.slice(0, 12)}…; it is now ${version.fingerprint.slice(0, 12)}….`,
      ],
    )
  }
  const input = policyContext(subject, caller, await editorsSinceApproval(context, subject), now)
  const approving = body.decision === 'approved'
  enforce(
    approving ? 'Signing off' : 'Requesting changes',
    approving
      ? canSignOff({...input, requestedNextReviewDue: body.nextReviewDue})
      : canRequestChanges(input),
  )
  if (approving && body.checklist && !Object.values(body.checklist).every(Boolean)) {
    throw new ReviewServiceError(
      'invalid-request',
      'To approve, tick every checklist item; if one does not hold, request changes instead.',
      Object.entries(body.checklist).flatMap(([item, done]) =>
        done ? [] : [`${item} is not ticked`],
      ),
    )
  }
  const record = await signedRecord(
    context,
    subject,
    caller,
    {fingerprint: version.fingerprint, revision: version.document._rev},
    {
      kind: body.decision,
      checklist: body.checklist,
      conflictOfInterest: body.conflictOfInterest,
      notes: body.notes || undefined,
      nextReviewDue: approving
        ? computeNextReviewDue(now, subject.settings, body.nextReviewDue)
        : undefined,
    },
    now,
  )
  await context.robot.create(record, {visibility: 'sync', tag: body.decision})
  // A re-review of live content changes what the site may show (overdue notice, credit line).
  if (subject.published) context.revalidate(subject.type)
  return {record: publicRecord(record, true)}
}
