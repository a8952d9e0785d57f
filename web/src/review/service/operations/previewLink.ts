import type {Caller} from '../caller.ts'
import type {ServiceContext} from '../context.ts'
import {ReviewServiceError} from '../errors.ts'
import {loadSubject} from '../subject.ts'

/**
 * `POST /api/review/preview-link {documentId}`: a short-lived signed link that opens the
 * document's draft on the site. Anyone who can read drafts may preview; the link itself is
 * scoped to one document.
 */
export async function previewLink(
  context: ServiceContext,
  caller: Caller,
  {documentId}: {documentId: string},
) {
  const subject = await loadSubject(
    context.robot,
    await context.publicKeys(),
    documentId,
    context.now(),
  )
  if (subject.type === 'citation') {
    throw new ReviewServiceError(
      'not-reviewable',
      'Citations have no page of their own to preview.',
    )
  }
  if (caller.role === 'viewer') {
    throw new ReviewServiceError('forbidden', 'Viewers cannot preview drafts.', [
      `Your Sanity role (${caller.role}) cannot read drafts.`,
    ])
  }
  return {url: await context.previewUrl(subject.id)}
}
