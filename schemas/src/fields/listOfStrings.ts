import {defineArrayMember, defineField} from 'sanity'

/** A clinical list an editor fills one line at a time (symptoms, risks, red flags …). */
export function listOfStrings(name: string, title: string, description: string) {
  return defineField({
    name,
    title,
    description,
    type: 'array',
    group: 'clinical',
    of: [defineArrayMember({type: 'string'})],
  })
}
