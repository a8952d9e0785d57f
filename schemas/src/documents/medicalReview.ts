import {CheckmarkCircleIcon} from '@sanity/icons/CheckmarkCircle'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {base64UrlPattern, sha256HexPattern} from '../fields/identifierPatterns.ts'
import {article} from './article.ts'
import {citation} from './citation.ts'
import {condition} from './condition.ts'
import {person} from './person.ts'
import {treatment} from './treatment.ts'

export const reviewKinds = [
  {title: 'Review requested', value: 'review-requested'},
  {title: 'Changes requested', value: 'changes-requested'},
  {title: 'Approved', value: 'approved'},
  {title: 'Citation verified', value: 'citation-verified'},
  {title: 'Published', value: 'published'},
  {title: 'Unpublished (taken down)', value: 'unpublished'},
  {title: 'Credential verified', value: 'credential-verified'},
  {title: 'Credential revoked', value: 'credential-revoked'},
]

// Credential records are about a person; every other kind about reviewed content.
const subjectTypes = [condition.name, treatment.name, article.name, citation.name, person.name]

const isVerification = (kind: unknown) =>
  kind === 'citation-verified' || kind === 'credential-verified'

function kindOf(document: unknown): unknown {
  return typeof document === 'object' && document !== null
    ? Reflect.get(document, 'kind')
    : undefined
}

const writtenByService = 'Written by the publisher service when the record is signed.'

/**
 * A signed review record. Written only by the publisher service, always published, never
 * edited: every field is read-only here, and contributors cannot write published documents.
 */
export const medicalReview = defineType({
  name: 'medicalReview',
  title: 'Review record',
  type: 'document',
  icon: CheckmarkCircleIcon,
  liveEdit: true,
  readOnly: true,
  description:
    'A signed record of a review step (requested, changes requested, approved, citation verified, published, taken down) or of a reviewer credential (verified, revoked). Written only by the publisher service and never edited: nobody can change it in the Studio. Use the review panel on the content itself to act.',
  fields: [
    defineField({
      name: 'subject',
      title: 'About',
      type: 'reference',
      weak: true,
      readOnly: true,
      to: subjectTypes.map((type) => ({type})),
      description: `The published document (or, for a credential, the person) this record is about. ${writtenByService}`,
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'subjectType',
      title: 'Type',
      type: 'string',
      readOnly: true,
      options: {list: subjectTypes},
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'kind',
      title: 'Decision',
      type: 'string',
      readOnly: true,
      options: {list: reviewKinds},
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'fingerprint',
      title: 'Content fingerprint',
      type: 'string',
      readOnly: true,
      description:
        'SHA-256 of the exact version reviewed. Any later edit changes it, which voids this record for that edit.',
      validation: (rule) => rule.required().regex(sha256HexPattern, {name: 'SHA-256 hex'}),
    }),
    defineField({
      name: 'subjectRevision',
      title: 'Draft revision',
      type: 'string',
      readOnly: true,
      description: 'The draft revision that was reviewed, for comparing with the current draft.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'actor',
      title: 'By',
      type: 'object',
      readOnly: true,
      description: `Who did it, with their credentials as they were at the time. ${writtenByService}`,
      fields: [
        defineField({
          name: 'personId',
          title: 'Person ID',
          type: 'string',
          readOnly: true,
          validation: (rule) => rule.required(),
        }),
        defineField({
          name: 'sanityUserId',
          title: 'Studio user ID',
          type: 'string',
          readOnly: true,
          validation: (rule) => rule.required(),
        }),
        defineField({
          name: 'name',
          title: 'Name',
          type: 'string',
          readOnly: true,
          validation: (rule) => rule.required(),
        }),
        defineField({
          name: 'credentials',
          title: 'Credentials',
          type: 'array',
          readOnly: true,
          of: [defineArrayMember({type: 'string'})],
        }),
        defineField({name: 'specialty', title: 'Specialty', type: 'string', readOnly: true}),
      ],
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'checklist',
      title: 'Reviewer’s checklist',
      type: 'object',
      readOnly: true,
      fields: [
        defineField({
          name: 'claimsChecked',
          title: 'Clinical claims checked',
          type: 'boolean',
          readOnly: true,
        }),
        defineField({
          name: 'citationsVerified',
          title: 'Citations verified',
          type: 'boolean',
          readOnly: true,
        }),
        defineField({
          name: 'dosagesChecked',
          title: 'Dosages checked',
          type: 'boolean',
          readOnly: true,
        }),
        defineField({
          name: 'noPromotionalContent',
          title: 'No promotional content',
          type: 'boolean',
          readOnly: true,
        }),
      ],
    }),
    defineField({name: 'notes', title: 'Notes', type: 'text', readOnly: true}),
    defineField({
      name: 'conflictOfInterest',
      title: 'Conflict of interest',
      type: 'object',
      readOnly: true,
      description: 'Declared at sign-off and shown to readers.',
      fields: [
        defineField({
          name: 'declared',
          title: 'Conflict declared',
          type: 'boolean',
          readOnly: true,
        }),
        defineField({name: 'statement', title: 'Statement', type: 'text', readOnly: true}),
      ],
    }),
    defineField({
      name: 'verificationMethod',
      title: 'How it was verified',
      type: 'string',
      readOnly: true,
      hidden: ({document}) => !isVerification(kindOf(document)),
      validation: (rule) =>
        rule.custom((method, context) =>
          method === undefined || isVerification(kindOf(context.document))
            ? true
            : 'Only verification records carry a verification method.',
        ),
    }),
    defineField({
      name: 'credential',
      title: 'Credential verified',
      type: 'object',
      readOnly: true,
      hidden: ({document}) => kindOf(document) !== 'credential-verified',
      description:
        'What the administrator checked and signed: the person can sign off until the end date, unless it is revoked.',
      fields: [
        defineField({
          name: 'credentials',
          title: 'Credentials',
          type: 'array',
          of: [defineArrayMember({type: 'string'})],
        }),
        defineField({name: 'specialty', title: 'Specialty', type: 'string'}),
        defineField({
          name: 'licence',
          title: 'Licence',
          type: 'object',
          fields: [
            defineField({name: 'number', title: 'Licence number', type: 'string'}),
            defineField({name: 'jurisdiction', title: 'Issued by', type: 'string'}),
            defineField({name: 'registryUrl', title: 'Public registry entry', type: 'url'}),
          ],
        }),
        defineField({name: 'expiresOn', title: 'Valid until', type: 'date'}),
      ],
    }),
    defineField({
      name: 'at',
      title: 'When',
      type: 'datetime',
      readOnly: true,
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'nextReviewDue',
      title: 'Next review due',
      type: 'date',
      readOnly: true,
      hidden: ({document}) => kindOf(document) !== 'approved',
      validation: (rule) =>
        rule.custom((due, context) =>
          due === undefined || kindOf(context.document) === 'approved'
            ? true
            : 'Only approved records carry a next-review date.',
        ),
    }),
    defineField({
      name: 'previous',
      title: 'Previous record',
      type: 'object',
      readOnly: true,
      description:
        'The record before this one about the same document, and the SHA-256 of its canonical JSON: npm run review:audit finds a record that was removed or altered.',
      fields: [
        defineField({name: 'id', title: 'Record id', type: 'string'}),
        defineField({
          name: 'sha256',
          title: 'SHA-256',
          type: 'string',
          validation: (rule) => rule.regex(sha256HexPattern, {name: 'SHA-256 hex'}),
        }),
      ],
    }),
    defineField({
      name: 'keyId',
      title: 'Signing key',
      type: 'string',
      readOnly: true,
      description: 'Which service key signed this record (keys rotate; old records stay valid).',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'signature',
      title: 'Signature',
      type: 'string',
      readOnly: true,
      description:
        'Ed25519 signature (base64url) over every other field. The site hides content whose records do not verify.',
      validation: (rule) => rule.required().regex(base64UrlPattern, {name: 'base64url'}),
    }),
  ],
  orderings: [{title: 'Newest first', name: 'atDesc', by: [{field: 'at', direction: 'desc'}]}],
  preview: {
    select: {kind: 'kind', subjectType: 'subjectType', actor: 'actor.name', at: 'at'},
    prepare: ({kind, subjectType, actor, at}) => ({
      title: `${reviewKinds.find((option) => option.value === kind)?.title ?? 'Review record'}${subjectType ? ` — ${subjectType}` : ''}`,
      subtitle: [actor, typeof at === 'string' ? at.slice(0, 10) : undefined]
        .filter(Boolean)
        .join(' · '),
      media: CheckmarkCircleIcon,
    }),
  },
})
