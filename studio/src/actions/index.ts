import type {DocumentActionComponent, DocumentActionsContext} from 'sanity'
import {PreviewAction} from './PreviewAction.tsx'
import {PublishAction} from './PublishAction.tsx'
import {RequestChangesAction} from './RequestChangesAction.tsx'
import {RequestReviewAction} from './RequestReviewAction.tsx'
import {RevokeCredentialAction} from './RevokeCredentialAction.tsx'
import {SignOffAction} from './SignOffAction.tsx'
import {UnpublishAction} from './UnpublishAction.tsx'
import {VerifyCitationAction} from './VerifyCitationAction.tsx'
import {VerifyCredentialAction} from './VerifyCredentialAction.tsx'

const clinicalTypes = ['condition', 'treatment', 'article']

/**
 * Clinical types and citations get the review actions; the built-in Publish and Unpublish are
 * replaced by ones that go through the publisher service (for an administrator the built-ins
 * would write past the review). People keep Sanity's own actions (administrators publish them
 * directly) and gain Verify credential and Revoke credential, which only administrators see.
 * Other types keep Sanity's own actions.
 */
export function reviewActions(
  previous: DocumentActionComponent[],
  {schemaType}: DocumentActionsContext,
): DocumentActionComponent[] {
  // Records are written once by the service and never edited, not even by an administrator.
  if (schemaType === 'medicalReview') return []
  if (schemaType === 'person') {
    // Publish stays the main button; the credential actions open the menu, above Delete.
    const publish = previous.filter((action) => action.action === 'publish')
    const rest = previous.filter((action) => action.action !== 'publish')
    return [...publish, VerifyCredentialAction, RevokeCredentialAction, ...rest]
  }
  const clinical = clinicalTypes.includes(schemaType)
  if (!clinical && schemaType !== 'citation') return previous
  const rest = previous.filter(
    (action) => action.action !== 'publish' && action.action !== 'unpublish',
  )
  return [
    PublishAction,
    ...(clinical
      ? [RequestReviewAction, SignOffAction, RequestChangesAction, PreviewAction]
      : [VerifyCitationAction, RequestReviewAction]),
    UnpublishAction,
    ...rest,
  ]
}
