import {canPublish} from '@vetted/schemas/review'
import type {Caller} from '../caller.ts'
import {statusOf} from '../caller.ts'
import type {ServiceContext} from '../context.ts'
import {ReviewServiceError} from '../errors.ts'
import {enforce, policyContext} from '../policy.ts'
import {loadSubject} from '../subject.ts'

/**
 * `POST /api/review/publish {documentId}`: the one door to published clinical content. The
 * Actions API publish is guarded by both revisions the policy looked at, so an edit that lands
 * in between makes it fail (409) instead of publishing unreviewed text.
 */
export async function publish(
  context: ServiceContext,
  caller: Caller,
  {documentId}: {documentId: string},
) {
  const now = context.now()
  const subject = await loadSubject(context.robot, await context.publicKeys(), documentId, now)
  enforce('Publishing', canPublish(policyContext(subject, caller, null, now)))
  const {draft, published} = subject
  if (!draft) throw new ReviewServiceError('conflict', 'There is no draft to publish.')
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
  context.revalidate(subject.type)
  return {published: true, documentId: subject.id, fingerprint: subject.draftFingerprint}
}
