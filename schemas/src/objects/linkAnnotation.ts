import {LinkIcon} from '@sanity/icons/Link'
import {defineArrayMember, defineField} from 'sanity'
import {linkSchemes} from '../fields/identifierPatterns.ts'

/** A hyperlink in body text. Only web, e-mail and phone links: never `javascript:` or `data:`. */
export const linkAnnotation = defineArrayMember({
  name: 'link',
  title: 'Link',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'href',
      title: 'Address',
      type: 'url',
      description: 'A web address (https://…), an e-mail (mailto:…) or a phone number (tel:…).',
      validation: (rule) => [
        rule.required().error('Enter the address the link goes to.'),
        rule
          .uri({scheme: linkSchemes})
          .error('Links may only start with https://, http://, mailto: or tel:'),
      ],
    }),
  ],
})
