import {BookIcon} from '@sanity/icons/Book'
import {defineArrayMember, defineField} from 'sanity'
import {citation} from '../documents/citation.ts'

/**
 * Marks the words a source backs. The site numbers these AMA-style as footnotes, in order of
 * first citation; the lint flags clinical claims without one.
 */
export const citationAnnotation = defineArrayMember({
  name: 'citation',
  title: 'Cite a source',
  type: 'object',
  icon: BookIcon,
  fields: [
    defineField({
      name: 'source',
      title: 'Source',
      type: 'reference',
      to: [{type: citation.name}],
      description: 'The citation that backs the selected words. Create it first if it is new.',
      validation: (rule) => rule.required().error('Choose the source this text cites.'),
    }),
  ],
})
