import {defineArrayMember, defineField, type FieldGroupDefinition} from 'sanity'
import {richText} from '../objects/richText.ts'
import {authorsField} from './authors.ts'
import {citationsField} from './citations.ts'

/**
 * What a condition and a treatment page share: the same three tabs, a name, a cited body and
 * the authors and sources a reviewer checks. Defined once so the two pages cannot drift apart
 * in what an editor sees or what the reviewer's fingerprint covers.
 */

/** The page's tabs; only the clinical one is titled for the kind of page. */
export function clinicalPageGroups(clinicalTitle: string): FieldGroupDefinition[] {
  return [
    {name: 'overview', title: 'Overview', default: true},
    {name: 'clinical', title: clinicalTitle},
    {name: 'sources', title: 'Authors & sources'},
  ]
}

/** The name readers know the page by; `missing` tells the editor what to enter. */
export function pageNameField(description: string, missing: string) {
  return defineField({
    name: 'name',
    title: 'Name',
    type: 'string',
    group: 'overview',
    description,
    validation: (rule) => rule.required().error(missing),
  })
}

/** References to the other kind of clinical page, each listed at most once. */
export function relatedPagesField(related: {
  name: string
  title: string
  group: string
  description: string
  to: string
  duplicate: string
}) {
  return defineField({
    name: related.name,
    title: related.title,
    type: 'array',
    group: related.group,
    description: related.description,
    of: [defineArrayMember({type: 'reference', to: [{type: related.to}]})],
    validation: (rule) => rule.unique().error(related.duplicate),
  })
}

/** The full page, in which editors cite a source for the words it backs. */
export function clinicalBodyField() {
  return defineField({
    name: 'body',
    title: 'Body',
    type: richText.name,
    group: 'clinical',
    description: 'The full page. Select the words a source backs and use "Cite a source".',
  })
}

/** Who wrote the page and what it cites, on the sources tab. */
export function sourcesFields() {
  return [authorsField('sources'), citationsField('sources')]
}
