import {DocumentTextIcon} from '@sanity/icons/DocumentText'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {authorsField} from '../fields/authors.ts'
import {citationsField} from '../fields/citations.ts'
import {slugField} from '../fields/slug.ts'
import {editorialLint, richText} from '../objects/richText.ts'
import {condition} from './condition.ts'
import {treatment} from './treatment.ts'

export const article = defineType({
  name: 'article',
  title: 'Article',
  type: 'document',
  icon: DocumentTextIcon,
  description:
    'A longer piece about conditions or treatments. Publishes only after a medical reviewer signs off this exact version.',
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description: 'A plain, accurate headline. No promises of cures.',
      validation: (rule) => [
        rule.required().error('Enter a title.'),
        rule
          .max(120)
          .warning('Long titles get cut off in search results; aim for under 120 characters.'),
      ],
    }),
    slugField('title'),
    defineField({
      name: 'standfirst',
      title: 'Standfirst',
      type: 'text',
      rows: 3,
      description: 'The one or two sentences under the title that say what the reader will learn.',
      validation: (rule) =>
        rule
          .max(300)
          .warning('Keep the standfirst to one or two sentences (under 300 characters).'),
    }),
    defineField({
      name: 'body',
      title: 'Body',
      type: richText.name,
      description: 'Select the words a source backs and use "Cite a source".',
      validation: (rule) => [rule.required().error('Write the article body.'), editorialLint(rule)],
    }),
    defineField({
      name: 'about',
      title: 'About',
      type: 'array',
      description:
        'The conditions and treatments this article is about. They link to each other on the site.',
      of: [
        defineArrayMember({
          type: 'reference',
          to: [{type: condition.name}, {type: treatment.name}],
        }),
      ],
      validation: (rule) => rule.unique().error('Each topic should be listed once.'),
    }),
    authorsField(),
    citationsField(),
    defineField({
      name: 'importedFrom',
      title: 'Imported from',
      type: 'object',
      readOnly: true,
      description:
        'Where the seed import took this article from. Set by the import; not shown to readers.',
      fields: [
        defineField({name: 'file', title: 'Seed file', type: 'string'}),
        defineField({name: 'sourceTitle', title: 'Original title', type: 'string'}),
      ],
    }),
  ],
  preview: {
    select: {title: 'title', standfirst: 'standfirst', file: 'importedFrom.file'},
    prepare: ({title, standfirst, file}) => ({
      title: title ?? 'Untitled article',
      subtitle: standfirst ?? (file ? `Imported from ${file}` : undefined),
      media: DocumentTextIcon,
    }),
  },
})
