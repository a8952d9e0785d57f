import {canRequestReview} from '@vetted/schemas/review'
import type {Caller} from '../caller.ts'
import type {ServiceContext} from '../context.ts'
import {enforce, policyContext} from '../policy.ts'
import {signedRecord} from '../records.ts'
import {publicRecord} from '../status.ts'
import {loadSubject, workingVersion} from '../subject.ts'

/** `POST /api/review/request-review {documentId}`: records that this version awaits review. */
export async function requestReview(
  context: ServiceContext,
  caller: Caller,
  {documentId}: {documentId: string},
) {
  const now = context.now()
  const subject = await loadSubject(context.robot, await context.publicKeys(), documentId, now)
  enforce('Requesting a review', canRequestReview(policyContext(subject, caller, null, now)))
  const version = workingVersion(subject)
  const record = await signedRecord(
    context,
    subject,
    caller,
    {fingerprint: version.fingerprint, revision: version.document._rev},
    {kind: 'review-requested'},
    now,
  )
  await context.robot.create(record, {visibility: 'sync', tag: 'review-requested'})
  return {record: publicRecord(record, true)}
}
