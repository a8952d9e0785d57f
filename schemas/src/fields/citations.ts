import {defineArrayMember, defineField} from 'sanity'
import {citation} from '../documents/citation.ts'

/** The reference list: citations the body cites inline, plus any further reading. */
export function citationsField(group?: string) {
  return defineField({
    name: 'citations',
    group,
    title: 'Sources',
    type: 'array',
    description:
      'The sources behind this content. Sources cited in the text with "Cite a source" are numbered first, in order of first citation (AMA style).',
    of: [defineArrayMember({type: 'reference', to: [{type: citation.name}]})],
    validation: (rule) => rule.unique().error('Each source should be listed once.'),
  })
}
