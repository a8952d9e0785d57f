import {BlockContentIcon} from '@sanity/icons/BlockContent'
import {defineArrayMember, defineType, type CustomValidator} from 'sanity'
import {citationAnnotation} from './citationAnnotation.ts'
import {linkAnnotation} from './linkAnnotation.ts'
import {lintRichText} from './richTextLint.ts'

/** Field-level validation replaces a type's own, so fields that add rules must keep this one. */
export const editorialLint = <R extends LintableRule<R>>(rule: R): R =>
  rule.custom(lintRichText).warning()

interface LintableRule<R> {
  custom(validator: CustomValidator<unknown>): R
  warning(): R
}

export const richText = defineType({
  name: 'richText',
  title: 'Rich text',
  type: 'array',
  icon: BlockContentIcon,
  validation: editorialLint,
  of: [
    defineArrayMember({
      type: 'block',
      styles: [
        {title: 'Paragraph', value: 'normal'},
        {title: 'Heading', value: 'h2'},
        {title: 'Subheading', value: 'h3'},
        {title: 'Minor heading', value: 'h4'},
        {title: 'Quote', value: 'blockquote'},
      ],
      lists: [
        {title: 'Bulleted list', value: 'bullet'},
        {title: 'Numbered list', value: 'number'},
      ],
      marks: {
        decorators: [
          {title: 'Bold', value: 'strong'},
          {title: 'Italic', value: 'em'},
        ],
        annotations: [linkAnnotation, citationAnnotation],
      },
    }),
  ],
})
