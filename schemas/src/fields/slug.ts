import {defineField} from 'sanity'
import {slugPattern} from './identifierPatterns.ts'

/**
 * The URL slug every clinical type and person carries. Uniqueness per document type is checked by
 * Sanity's default slug validator (it queries the dataset, drafts and published alike).
 */
export function slugField(source: 'name' | 'title', group?: string) {
  return defineField({
    name: 'slug',
    group,
    title: 'URL slug',
    type: 'slug',
    description: `The last part of the page address, e.g. lower-back-spasm. Click "Generate" to make it from the ${source}. It must be unique, and changing it after publishing breaks existing links.`,
    options: {source, maxLength: 96},
    // One chain, not an array: each array entry would repeat the built-in uniqueness check.
    validation: (rule) =>
      rule.required().custom((value) => {
        const current = value?.current
        if (current === undefined || slugPattern.test(current)) return true
        return 'Use lowercase letters, digits and single hyphens only, e.g. lower-back-spasm'
      }),
  })
}
