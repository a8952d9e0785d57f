import {defineArrayMember, defineField} from 'sanity'
import {person} from '../documents/person.ts'

/** "Written by": every clinical type names its authors, and none of them may sign it off. */
export function authorsField(group?: string) {
  return defineField({
    name: 'authors',
    group,
    title: 'Written by',
    type: 'array',
    description:
      'Everyone who wrote this content. Readers see them as "Written by"; none of them can sign it off as reviewer.',
    of: [defineArrayMember({type: 'reference', to: [{type: person.name}]})],
    validation: (rule) => [
      rule.required().min(1).error('Add at least one author under "Written by".'),
      rule.unique().error('Each author should be listed once.'),
    ],
  })
}
