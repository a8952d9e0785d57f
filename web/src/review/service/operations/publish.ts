import {canPublish, linkedPersonProblem} from '@vetted/schemas/review'
import type {Caller} from '../caller.ts'
import {statusOf} from '../caller.ts'
import type {ServiceContext} from '../context.ts'
import {refused, ReviewServiceError} from '../errors.ts'
import {enforce, policyContext} from '../policy.ts'
import {signedRecord} from '../records.ts'
import {publicRecord} from '../status.ts'
import {loadSubject} from '../subject.ts'

/**
 * `POST /api/review/publish {documentId}`: the one door to published clinical content. The
 * Actions API publish is guarded by both revisions the policy looked at, so an edit that lands
 * in between makes it fail (409) instead of publishing unreviewed text. Then the service signs
 * a `published` record of exactly that content: the site shows a document only while its
 * newest publication record is one, so what anyone else publishes stays dark.
 */
export async function publish(
  context: ServiceContext,
  caller: Caller,
  {documentId}: {documentId: string},
) {
  const now = context.now()
  const subject = await loadSubject(context.robot, await context.publicKeys(), documentId, now)
  enforce('Publishing', canPublish(policyContext(subject, caller, null, now)))
  // The signed publish record names who published; check that before anything is published.
  const identity = linkedPersonProblem(caller, 'A publication')
  if (identity) throw refused('Publishing', [identity])
  const {draft, published, draftFingerprint} = subject
  if (!draft || !draftFingerprint)
    throw new ReviewServiceError('conflict', 'There is no draft to publish.')
  try {
    await context.robot.action(
      {
        actionType: 'sanity.action.document.publish',
        draftId: draft._id,
        publishedId: subject.id,
        ifDraftRevisionId: draft._rev,
        ...(published ? {ifPublishedRevisionId: published._rev} : {}),
      },
      {tag: 'publish'},
    )
  } catch (error) {
    const status = statusOf(error)
    if (status === 409 || status === 412) {
      throw new ReviewServiceError(
        'conflict',
        'The document changed while it was being published, so nothing was published: check the new version.',
      )
    }
    throw new ReviewServiceError('store-error', 'The content store refused to publish.', [
      error instanceof Error ? error.message : String(error),
    ])
  }
  const record = await signedRecord(
    context,
    subject,
    caller,
    {fingerprint: draftFingerprint, revision: draft._rev},
    {kind: 'published'},
    now,
  )
  try {
    await context.robot.create(record, {visibility: 'sync', tag: 'publish-record'})
  } catch (error) {
    context.revalidate(subject.type)
    throw new ReviewServiceError(
      'store-error',
      'The document was published, but the store refused its signed publish record, so the site keeps it hidden: publish a new signed-off version, or ask an administrator to check the store.',
      [error instanceof Error ? error.message : String(error)],
    )
  }
  context.revalidate(subject.type)
  return {
    published: true,
    documentId: subject.id,
    fingerprint: draftFingerprint,
    record: publicRecord(record, true),
  }
}
