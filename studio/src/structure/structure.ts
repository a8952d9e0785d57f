import {CheckmarkCircleIcon} from '@sanity/icons/CheckmarkCircle'
import {ClockIcon} from '@sanity/icons/Clock'
import {CommentIcon} from '@sanity/icons/Comment'
import {EditIcon} from '@sanity/icons/Edit'
import {ErrorOutlineIcon} from '@sanity/icons/ErrorOutline'
import {CogIcon} from '@sanity/icons/Cog'
import {UserIcon} from '@sanity/icons/User'
import {UsersIcon} from '@sanity/icons/Users'
import type {ComponentType} from 'react'
import type {
  DefaultDocumentNodeResolver,
  StructureBuilder,
  StructureResolver,
} from 'sanity/structure'
import {CredentialView} from '../components/credentials/CredentialView.tsx'
import {ReviewView} from '../components/review/ReviewView.tsx'
import {CredentialsPane} from './CredentialsPane.tsx'
import {QueuePane} from './QueuePane.tsx'
import {queues, type QueueId} from './queues.ts'

const queueIcons: Record<QueueId, ComponentType> = {
  'my-drafts': UserIcon,
  'awaiting-review': CommentIcon,
  'changes-requested': EditIcon,
  approved: CheckmarkCircleIcon,
  'review-overdue': ClockIcon,
  'integrity-alerts': ErrorOutlineIcon,
}

const reviewedTypes = ['condition', 'treatment', 'article', 'citation']

/** A document opened from a queue: the type travels in the link's parameters. */
function queueDocument(S: StructureBuilder) {
  return (documentId: string, {params}: {params: Record<string, string | undefined>}) =>
    S.document()
      .documentId(documentId)
      .schemaType(params.type ?? '')
      .views(documentViews(S, params.type ?? ''))
}

function documentViews(S: StructureBuilder, schemaType: string) {
  if (schemaType === 'person') {
    return [S.view.form(), S.view.component(CredentialView).id('credential').title('Credential')]
  }
  return reviewedTypes.includes(schemaType)
    ? [S.view.form(), S.view.component(ReviewView).id('review').title('Review')]
    : [S.view.form()]
}

/** A person opened from the Credentials list. */
function credentialPerson(S: StructureBuilder) {
  return (personId: string) =>
    S.document().documentId(personId).schemaType('person').views(documentViews(S, 'person'))
}

/** Content by type, then the review queues and the reviewers' credentials, then settings. */
export const structure: StructureResolver = (S) =>
  S.list()
    .title('Vetted')
    .items([
      S.documentTypeListItem('condition').title('Conditions'),
      S.documentTypeListItem('treatment').title('Treatments'),
      S.documentTypeListItem('article').title('Articles'),
      S.documentTypeListItem('citation').title('Citations'),
      S.documentTypeListItem('person').title('People'),
      S.divider().title('Review'),
      ...queues.map((queue) =>
        S.listItem()
          .id(queue.id)
          .title(queue.title)
          .icon(queueIcons[queue.id])
          .child(
            S.component(QueuePane)
              .id(queue.id)
              .title(queue.title)
              .options({queue: queue.id})
              .child(queueDocument(S)),
          ),
      ),
      S.listItem()
        .id('credentials')
        .title('Credentials')
        .icon(UsersIcon)
        .child(
          S.component(CredentialsPane)
            .id('credentials')
            .title('Credentials')
            .child(credentialPerson(S)),
        ),
      S.divider(),
      S.listItem()
        .id('siteSettings')
        .title('Site settings')
        .icon(CogIcon)
        .child(S.document().schemaType('siteSettings').documentId('siteSettings')),
      S.documentTypeListItem('medicalReview').title('Review records'),
    ])

/** Clinical documents and citations get the Review tab beside the form; people the Credential tab. */
export const defaultDocumentNode: DefaultDocumentNodeResolver = (S, {schemaType}) =>
  S.document().views(documentViews(S, schemaType))
