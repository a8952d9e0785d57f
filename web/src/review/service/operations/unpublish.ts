import {canUnpublish} from '@vetted/schemas/review'
import type {Caller} from '../caller.ts'
import {statusOf} from '../caller.ts'
import type {ServiceContext} from '../context.ts'
import {ReviewServiceError} from '../errors.ts'
import {enforce, policyContext} from '../policy.ts'
import {signedRecord} from '../records.ts'
import {publicRecord} from '../status.ts'
import {copyAs, loadSubject} from '../subject.ts'

/**
 * `POST /api/review/unpublish {documentId, reason}`: a takedown. The signed record, the draft
 * that keeps the content for editors and the removal of the published document are one
 * transaction, so there is never a takedown without its record or the reverse.
 */
export async function unpublish(
  context: ServiceContext,
  caller: Caller,
  {documentId, reason}: {documentId: string; reason: string},
) {
  const now = context.now()
  const subject = await loadSubject(context.robot, await context.publicKeys(), documentId, now)
  enforce('Taking this down', canUnpublish({...policyContext(subject, caller, null, now), reason}))
  const {published, publishedFingerprint} = subject
  if (!published || !publishedFingerprint) {
    throw new ReviewServiceError('conflict', 'This document is not published.')
  }
  const record = await signedRecord(
    context,
    subject,
    caller,
    {fingerprint: publishedFingerprint, revision: published._rev},
    {kind: 'unpublished', notes: reason},
    now,
  )
  try {
    await context.robot
      .transaction()
      .createIfNotExists(copyAs(published, `drafts.${subject.id}`))
      .delete(subject.id)
      .create(record)
      .commit({visibility: 'sync', tag: 'unpublish'})
  } catch (error) {
    throw new ReviewServiceError(
      'store-error',
      'The content store refused the takedown; nothing changed.',
      [`${statusOf(error) ?? ''} ${error instanceof Error ? error.message : String(error)}`.trim()],
    )
  }
  context.revalidate(subject.type)
  return {unpublished: true, record: publicRecord(record, true)}
}
