import {ActivityIcon} from '@sanity/icons/Activity'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {
  clinicalBodyField,
  clinicalPageGroups,
  pageNameField,
  relatedPagesField,
  sourcesFields,
} from '../fields/clinicalPage.ts'
import {listOfStrings} from '../fields/listOfStrings.ts'
import {slugField} from '../fields/slug.ts'
import {medicalCode} from '../objects/medicalCode.ts'
import {conditionTypeName, treatmentTypeName} from './typeNames.ts'

export const condition = defineType({
  name: conditionTypeName,
  title: 'Condition',
  type: 'document',
  icon: ActivityIcon,
  description:
    'A health condition, e.g. "Lower back spasm". Publishes only after a medical reviewer signs off this exact version.',
  groups: clinicalPageGroups('Clinical detail'),
  fields: [
    pageNameField(
      'The name readers know it by, e.g. "Lower back spasm".',
      'Enter the condition’s name.',
    ),
    slugField('name', 'overview'),
    defineField({
      name: 'synonyms',
      title: 'Also known as',
      type: 'array',
      group: 'overview',
      description: 'Other names people search for, e.g. "back spasm", "lumbar muscle spasm".',
      of: [defineArrayMember({type: 'string'})],
      options: {layout: 'tags'},
    }),
    defineField({name: 'code', title: 'ICD-10-CM code', type: medicalCode.name, group: 'overview'}),
    defineField({
      name: 'audience',
      title: 'Written for',
      type: 'string',
      group: 'overview',
      initialValue: 'patient',
      options: {
        list: [
          {title: 'Patients and the public', value: 'patient'},
          {title: 'Clinicians', value: 'clinician'},
        ],
        layout: 'radio',
        direction: 'horizontal',
      },
      validation: (rule) => rule.required().error('Choose who this page is written for.'),
    }),
    defineField({
      name: 'summary',
      title: 'Summary',
      type: 'text',
      group: 'overview',
      rows: 3,
      description: 'Two or three plain sentences: what it is and how it usually goes.',
      validation: (rule) => rule.required().error('Write a short summary.'),
    }),
    listOfStrings('symptoms', 'Symptoms', 'One symptom per entry, in plain words.'),
    listOfStrings('causes', 'Causes', 'One cause per entry.'),
    listOfStrings('riskFactors', 'Risk factors', 'Things that make it more likely, one per entry.'),
    listOfStrings(
      'redFlags',
      'Red flags — when to see a doctor',
      'Warning signs that need urgent medical attention, one per entry, e.g. "Loss of bladder or bowel control".',
    ),
    clinicalBodyField(),
    relatedPagesField({
      name: 'treatments',
      title: 'Treatments',
      group: 'clinical',
      description: 'Treatments this page discusses, most usual first.',
      to: treatmentTypeName,
      duplicate: 'Each treatment should be listed once.',
    }),
    ...sourcesFields(),
  ],
  preview: {
    select: {title: 'name', code: 'code.code', label: 'code.label', audience: 'audience'},
    prepare: ({title, code, label, audience}) => ({
      title: title ?? 'Unnamed condition',
      subtitle: [
        code ? `ICD-10-CM ${code}` : undefined,
        label,
        audience === 'clinician' ? 'For clinicians' : undefined,
      ]
        .filter(Boolean)
        .join(' · '),
      media: ActivityIcon,
    }),
  },
})
