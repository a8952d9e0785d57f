import {BookIcon} from '@sanity/icons/Book'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {
  doiHint,
  doiPattern,
  pmcidHint,
  pmcidPattern,
  pmidHint,
  pmidPattern,
} from '../fields/identifierPatterns.ts'
import {evidenceLevel} from '../objects/evidenceLevel.ts'

export const verificationStatuses = [
  {title: 'Unverified', value: 'unverified'},
  {title: 'Verified', value: 'verified'},
  {title: 'Not found (suspected fabricated)', value: 'not-found'},
  {title: 'Retracted', value: 'retracted'},
]

const publicationTypes = [
  {title: 'Journal article', value: 'journal-article'},
  {title: 'Review', value: 'review'},
  {title: 'Clinical guideline', value: 'guideline'},
  {title: 'Book', value: 'book'},
  {title: 'Website', value: 'website'},
  {title: 'Other', value: 'other'},
]

function valueAt(parent: unknown, key: string): unknown {
  return typeof parent === 'object' && parent !== null ? Reflect.get(parent, key) : undefined
}

export const citation = defineType({
  name: 'citation',
  title: 'Citation',
  type: 'document',
  icon: BookIcon,
  description:
    'A source that backs a claim. Cite it from body text with the "Cite a source" button. A citation publishes only after someone other than its last editor has verified it.',
  groups: [
    {name: 'reference', title: 'Reference', default: true},
    {name: 'identifiers', title: 'Identifiers'},
    {name: 'checking', title: 'Fact-checking'},
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Title of the work',
      type: 'string',
      group: 'reference',
      validation: (rule) => rule.required().error('Enter the title of the article, book or page.'),
    }),
    defineField({
      name: 'authors',
      title: 'Authors',
      type: 'array',
      group: 'reference',
      description:
        'AMA style: surname then initials without full stops, one per entry, e.g. "Hides JA". An organisation may be an author.',
      of: [defineArrayMember({type: 'string'})],
      validation: (rule) =>
        rule
          .custom((authors) => {
            const misformatted = (authors ?? []).find(
              (author) => typeof author === 'string' && /[.,]/.test(author),
            )
            if (misformatted === undefined) return true
            return `Write "${String(misformatted)}" AMA-style: surname then initials, no commas or full stops (e.g. Hides JA).`
          })
          .warning(),
    }),
    defineField({
      name: 'journal',
      title: 'Journal (abbreviated)',
      type: 'string',
      group: 'reference',
      description:
        'The NLM abbreviation, e.g. "Spine (Phila Pa 1976)". Leave empty for books and websites.',
    }),
    defineField({
      name: 'year',
      title: 'Year',
      type: 'number',
      group: 'reference',
      validation: (rule) =>
        rule
          .integer()
          .min(1800)
          .max(new Date().getUTCFullYear() + 1)
          .error('Enter the four-digit year of publication.'),
    }),
    defineField({name: 'volume', title: 'Volume', type: 'string', group: 'reference'}),
    defineField({name: 'issue', title: 'Issue', type: 'string', group: 'reference'}),
    defineField({
      name: 'pages',
      title: 'Pages',
      type: 'string',
      group: 'reference',
      description: 'e.g. 2763-2769, or an article number such as e0123456',
    }),
    defineField({
      name: 'publicationType',
      title: 'Type of source',
      type: 'string',
      group: 'reference',
      initialValue: 'journal-article',
      options: {list: publicationTypes},
      validation: (rule) => rule.required().error('Choose what kind of source this is.'),
    }),
    defineField({
      name: 'doi',
      title: 'DOI',
      type: 'string',
      group: 'identifiers',
      description:
        'Preferred over a URL in AMA references. The bare DOI, e.g. 10.1097/00007632-199605010-00006',
      validation: (rule) => rule.regex(doiPattern).error(doiHint),
    }),
    defineField({
      name: 'pmid',
      title: 'PubMed ID (PMID)',
      type: 'string',
      group: 'identifiers',
      validation: (rule) => rule.regex(pmidPattern).error(pmidHint),
    }),
    defineField({
      name: 'pmcid',
      title: 'PubMed Central ID (PMCID)',
      type: 'string',
      group: 'identifiers',
      validation: (rule) => rule.regex(pmcidPattern).error(pmcidHint),
    }),
    defineField({
      name: 'url',
      title: 'URL',
      type: 'url',
      group: 'identifiers',
      description: 'For sources without a DOI, e.g. a guideline page.',
      validation: (rule) =>
        rule
          .uri({scheme: ['http', 'https']})
          .error('Enter a full web address starting with https://'),
    }),
    defineField({
      name: 'accessed',
      title: 'Date accessed',
      type: 'date',
      group: 'identifiers',
      description: 'When you last opened the URL (AMA asks for it for web sources).',
    }),
    defineField({
      name: 'evidenceLevel',
      title: 'Evidence level',
      type: evidenceLevel.name,
      group: 'checking',
    }),
    defineField({
      name: 'verification',
      title: 'Verification',
      type: 'object',
      group: 'checking',
      description:
        'What the fact-checker found. Who verified it and when is taken from the signed verification record, not from this field.',
      fields: [
        defineField({
          name: 'status',
          title: 'Status',
          type: 'string',
          initialValue: 'unverified',
          options: {list: verificationStatuses, layout: 'radio'},
          validation: (rule) => rule.required().error('Choose a verification status.'),
        }),
        defineField({
          name: 'method',
          title: 'How it was checked',
          type: 'string',
          description: 'e.g. "DOI resolved; title, authors and year match PubMed record"',
        }),
        defineField({name: 'notes', title: 'Notes', type: 'text', rows: 3}),
      ],
    }),
    defineField({
      name: 'retracted',
      title: 'Retracted',
      type: 'boolean',
      group: 'checking',
      initialValue: false,
      description:
        'Tick if PubMed lists it as a Retracted Publication or it is in the Retraction Watch database. Retracted work must not back a claim.',
      validation: (rule) =>
        rule
          .custom((retracted, context) => {
            const status = valueAt(valueAt(context.document, 'verification'), 'status')
            if ((status === 'retracted') === (retracted === true)) return true
            return retracted === true
              ? 'Ticked as retracted: set the verification status to "Retracted" too.'
              : 'Verification status says retracted: tick "Retracted" too.'
          })
          .warning(),
    }),
  ],
  validation: (rule) =>
    rule
      .custom((document) => {
        const found = ['doi', 'pmid', 'pmcid', 'url'].some((key) => valueAt(document, key))
        return found || 'Add a DOI, PMID, PMCID or URL so a fact-checker can find the source.'
      })
      .warning(),
  preview: {
    select: {
      title: 'title',
      firstAuthor: 'authors.0',
      secondAuthor: 'authors.1',
      journal: 'journal',
      year: 'year',
      status: 'verification.status',
      retracted: 'retracted',
    },
    prepare: ({title, firstAuthor, secondAuthor, journal, year, status, retracted}) => {
      const authors = firstAuthor ? `${firstAuthor}${secondAuthor ? ' et al' : ''}` : undefined
      const state = retracted
        ? 'RETRACTED'
        : (verificationStatuses.find((option) => option.value === status)?.title ?? 'Unverified')
      return {
        title: title ?? 'Untitled citation',
        subtitle: [[authors, journal, year].filter(Boolean).join(' · '), state]
          .filter(Boolean)
          .join(' — '),
        media: BookIcon,
      }
    },
  },
})
