import {TagIcon} from '@sanity/icons/Tag'
import {defineField, defineType} from 'sanity'
import {icd10CmCodeHint, icd10CmCodePattern} from '../fields/identifierPatterns.ts'

export const medicalCode = defineType({
  name: 'medicalCode',
  title: 'Medical code',
  type: 'object',
  icon: TagIcon,
  description:
    'The ICD-10-CM code for this condition, e.g. M62.830 "Muscle spasm of back". Search engines read it as the condition’s code.',
  fields: [
    defineField({
      name: 'system',
      title: 'Coding system',
      type: 'string',
      initialValue: 'ICD-10-CM',
      options: {list: [{title: 'ICD-10-CM', value: 'ICD-10-CM'}], layout: 'radio'},
      validation: (rule) => rule.required().error('Choose the coding system (ICD-10-CM).'),
    }),
    defineField({
      name: 'code',
      title: 'Code',
      type: 'string',
      description: 'e.g. M62.830',
      validation: (rule) => [
        rule.required().error('Enter the ICD-10-CM code, e.g. M62.830'),
        rule.regex(icd10CmCodePattern).error(icd10CmCodeHint),
      ],
    }),
    defineField({
      name: 'label',
      title: 'Official description',
      type: 'string',
      description: 'The code’s description as ICD-10-CM words it, e.g. "Muscle spasm of back".',
      validation: (rule) => rule.required().error('Enter the code’s official description.'),
    }),
  ],
  preview: {
    select: {code: 'code', label: 'label', system: 'system'},
    prepare: ({code, label, system}) => ({
      title: code ?? 'No code',
      subtitle: [system, label].filter(Boolean).join(' · '),
      media: TagIcon,
    }),
  },
})
