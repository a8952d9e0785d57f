import {UserIcon} from '@sanity/icons/User'
import {defineArrayMember, defineField, defineType, getPublishedId} from 'sanity'
import {slugField} from '../fields/slug.ts'

function isReviewer(document: unknown): boolean {
  return (
    typeof document === 'object' &&
    document !== null &&
    Reflect.get(document, 'isReviewer') === true
  )
}

function todayIso(): string {
  return new Date().toISOString().slice(0, 10)
}

/**
 * A writer, fact-checker or medical reviewer. The reviewer registry is read from PUBLISHED person
 * documents only, and the profile's own fields grant nothing: a signed `credential-verified`
 * record, made by an administrator other than the person, makes them a reviewer.
 */
export const person = defineType({
  name: 'person',
  title: 'Person',
  type: 'document',
  icon: UserIcon,
  description:
    'Someone who writes or reviews content. Readers see their name, credentials and bio next to what they wrote or reviewed. Only administrators publish people.',
  groups: [
    {name: 'profile', title: 'Profile', default: true},
    {name: 'credentials', title: 'Credentials'},
    {name: 'account', title: 'Studio account'},
  ],
  fields: [
    defineField({
      name: 'name',
      title: 'Full name',
      type: 'string',
      group: 'profile',
      description: 'As readers should see it, including a title if used, e.g. "Dr. Daniel Reyes".',
      validation: (rule) => rule.required().error('Enter the person’s name.'),
    }),
    slugField('name', 'profile'),
    defineField({
      name: 'jobTitle',
      title: 'Job title',
      type: 'string',
      group: 'profile',
      description: 'e.g. "Clinical editor" or "Consultant in Physical Medicine & Rehabilitation"',
    }),
    defineField({
      name: 'specialty',
      title: 'Specialty',
      type: 'string',
      group: 'credentials',
      description: 'e.g. "Physical Medicine & Rehabilitation — spine" or "Family Medicine"',
    }),
    defineField({
      name: 'credentials',
      title: 'Credentials',
      type: 'array',
      group: 'credentials',
      description: 'Post-nominal letters, one per entry, e.g. MD, DPT, PharmD, MPH.',
      of: [defineArrayMember({type: 'string'})],
      options: {layout: 'tags'},
      validation: (rule) =>
        rule.custom((credentials, context) => {
          if (!isReviewer(context.document) || (credentials ?? []).length > 0) return true
          return 'Reviewers need at least one credential (e.g. MD): it is recorded with every sign-off.'
        }),
    }),
    defineField({
      name: 'licence',
      title: 'Professional licence',
      type: 'object',
      group: 'credentials',
      description: 'The licence that entitles this person to review clinical content.',
      fields: [
        defineField({
          name: 'number',
          title: 'Licence number',
          type: 'string',
          validation: (rule) => rule.required().error('Enter the licence number.'),
        }),
        defineField({
          name: 'jurisdiction',
          title: 'Issued by',
          type: 'string',
          description:
            'The licensing body or state, e.g. "Medical Board of California" or "GMC (UK)".',
          validation: (rule) => rule.required().error('Enter who issued the licence.'),
        }),
        defineField({
          name: 'registryUrl',
          title: 'Public registry entry',
          type: 'url',
          description: 'Link to the public register entry, so anyone can check the licence.',
          validation: (rule) => rule.uri({scheme: ['https', 'http']}),
        }),
      ],
      validation: (rule) =>
        rule
          .custom((licence, context) =>
            isReviewer(context.document) && !licence
              ? 'Reviewers should have a licence on record, so their standing can be checked.'
              : true,
          )
          .warning(),
    }),
    defineField({
      name: 'credentialExpiry',
      title: 'Credentials verified until',
      type: 'date',
      group: 'credentials',
      description:
        'When the licence and credentials must be re-verified (every 1–2 years). An administrator other than this person signs this date, with the credentials and licence, using "Verify credential"; a change here counts only once they verify again.',
      validation: (rule) => [
        rule.custom((expiry, context) =>
          isReviewer(context.document) && !expiry
            ? 'Reviewers need a credential expiry date: sign-off is refused without a current credential.'
            : true,
        ),
        rule
          .custom((expiry) =>
            expiry && expiry < todayIso()
              ? `Credentials expired on ${expiry}: this person cannot sign off until they are re-verified.`
              : true,
          )
          .warning(),
      ],
    }),
    defineField({
      name: 'isReviewer',
      title: 'Medical reviewer',
      type: 'boolean',
      group: 'credentials',
      initialValue: false,
      description:
        'Tick for someone who reviews clinical content. By itself it grants nothing: they can sign off only once an administrator other than them has verified their credential ("Verify credential" on this profile). They can never sign off content they wrote.',
    }),
    defineField({
      name: 'sanityUserId',
      title: 'Studio user ID',
      type: 'string',
      group: 'account',
      description:
        'The ID of this person’s Studio login (e.g. pDanielReyes). It links what they do in the Studio to this profile; each ID may belong to one person only.',
      validation: (rule) => [
        rule
          .regex(/^[A-Za-z0-9_-]+$/)
          .error('A Studio user ID has only letters, digits, "-" and "_", e.g. pDanielReyes'),
        rule.custom((userId, context) =>
          isReviewer(context.document) && !userId
            ? 'Reviewers need a Studio user ID, or their sign-offs cannot be matched to them.'
            : true,
        ),
        rule.custom(async (userId, context) => {
          if (!userId || !context.document) return true
          const {_id: documentId} = context.document
          const publishedId = getPublishedId(documentId)
          const taken = await context
            .getClient({apiVersion: '2025-02-19'})
            .withConfig({perspective: 'raw'})
            .fetch<number>(
              'count(*[_type == "person" && sanityUserId == $userId && !sanity::versionOf($publishedId)])',
              {userId, publishedId},
            )
          return taken === 0 || `Studio user ID ${userId} already belongs to another person.`
        }),
      ],
    }),
    defineField({
      name: 'bio',
      title: 'Short bio',
      type: 'text',
      group: 'profile',
      rows: 4,
      description:
        'Two or three sentences on training and experience, shown on every page they review.',
    }),
    defineField({
      name: 'sameAs',
      title: 'Profiles elsewhere',
      type: 'array',
      group: 'profile',
      description:
        'Links that confirm who this is: ORCID, a hospital profile, the licence registry.',
      of: [
        defineArrayMember({
          type: 'url',
          validation: (rule) => rule.uri({scheme: ['https', 'http']}),
        }),
      ],
    }),
  ],
  preview: {
    select: {
      name: 'name',
      firstCredential: 'credentials.0',
      secondCredential: 'credentials.1',
      specialty: 'specialty',
      jobTitle: 'jobTitle',
      reviewer: 'isReviewer',
    },
    prepare: ({name, firstCredential, secondCredential, specialty, jobTitle, reviewer}) => ({
      title: [name ?? 'Unnamed person', firstCredential, secondCredential]
        .filter(Boolean)
        .join(', '),
      subtitle: [
        reviewer ? 'Reviewer profile (see its Credential tab)' : undefined,
        specialty ?? jobTitle,
      ]
        .filter(Boolean)
        .join(' · '),
      media: UserIcon,
    }),
  },
})
