import {CogIcon} from '@sanity/icons/Cog'
import {defineField, defineType} from 'sanity'
import {richText} from '../objects/richText.ts'

/** One document, id `siteSettings`, published by administrators. */
export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Site settings',
  type: 'document',
  icon: CogIcon,
  description: 'Settings for the whole site. There is one of these; administrators publish it.',
  fields: [
    defineField({
      name: 'siteName',
      title: 'Site name',
      type: 'string',
      validation: (rule) => rule.required().error('Enter the site’s name.'),
    }),
    defineField({
      name: 'disclaimer',
      title: 'Medical disclaimer',
      type: 'text',
      rows: 3,
      description:
        'Shown on every clinical page, e.g. "This information does not replace advice from your doctor."',
      validation: (rule) =>
        rule.required().error('Write the disclaimer readers see on every page.'),
    }),
    defineField({
      name: 'editorialPolicy',
      title: 'Editorial policy',
      type: richText.name,
      description:
        'How content is written, fact-checked and reviewed, and how conflicts of interest are handled.',
    }),
    defineField({
      name: 'defaultReviewIntervalMonths',
      title: 'Re-review every (months)',
      type: 'number',
      initialValue: 12,
      description:
        'How long a sign-off stays current before the page is due for review again. A reviewer may choose a shorter interval.',
      validation: (rule) =>
        rule
          .required()
          .integer()
          .min(1)
          .max(36)
          .error('Enter a whole number of months from 1 to 36.'),
    }),
    defineField({
      name: 'reportErrorEmail',
      title: '"Report an error" address',
      type: 'email',
      description: 'Where readers’ reports of mistakes go.',
      validation: (rule) => rule.required().error('Enter the e-mail address for error reports.'),
    }),
  ],
  preview: {
    select: {title: 'siteName'},
    prepare: ({title}) => ({
      title: title ?? 'Site settings',
      subtitle: 'Site settings',
      media: CogIcon,
    }),
  },
})
