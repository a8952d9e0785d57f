import {BottleIcon} from '@sanity/icons/Bottle'
import {defineField, defineType} from 'sanity'
import {
  clinicalBodyField,
  clinicalPageGroups,
  pageNameField,
  relatedPagesField,
  sourcesFields,
} from '../fields/clinicalPage.ts'
import {listOfStrings} from '../fields/listOfStrings.ts'
import {slugField} from '../fields/slug.ts'
import {evidenceLevel} from '../objects/evidenceLevel.ts'
import {conditionTypeName, treatmentTypeName} from './typeNames.ts'

export const treatmentKinds = [
  {title: 'Medication', value: 'medication'},
  {title: 'Procedure', value: 'procedure'},
  {title: 'Therapy', value: 'therapy'},
  {title: 'Self-care', value: 'self-care'},
]

export const treatment = defineType({
  name: treatmentTypeName,
  title: 'Treatment',
  type: 'document',
  icon: BottleIcon,
  description:
    'A medication, procedure, therapy or self-care measure. Publishes only after a medical reviewer signs off this exact version.',
  groups: clinicalPageGroups('Benefits & risks'),
  fields: [
    pageNameField(
      'e.g. "Heat therapy" or "NSAIDs (anti-inflammatory painkillers)".',
      'Enter the treatment’s name.',
    ),
    slugField('name', 'overview'),
    defineField({
      name: 'kind',
      title: 'Kind of treatment',
      type: 'string',
      group: 'overview',
      options: {list: treatmentKinds, layout: 'radio', direction: 'horizontal'},
      validation: (rule) => rule.required().error('Choose the kind of treatment.'),
    }),
    relatedPagesField({
      name: 'conditions',
      title: 'Used for',
      group: 'overview',
      description: 'Conditions this treatment is used for.',
      to: conditionTypeName,
      duplicate: 'Each condition should be listed once.',
    }),
    defineField({
      name: 'howItWorks',
      title: 'How it works',
      type: 'text',
      group: 'overview',
      rows: 3,
      description: 'In plain words, how the treatment helps.',
    }),
    listOfStrings('benefits', 'Benefits', 'What it can do for the patient, one per entry.'),
    listOfStrings('risks', 'Risks', 'Serious or rare harms, one per entry.'),
    listOfStrings('sideEffects', 'Side effects', 'Common, usually mild effects, one per entry.'),
    listOfStrings(
      'contraindications',
      'Who should not use it',
      'Contraindications: conditions or situations in which it must not be used, one per entry.',
    ),
    defineField({
      name: 'evidenceLevel',
      title: 'Evidence level',
      type: evidenceLevel.name,
      group: 'clinical',
      description: 'How strong the evidence is that it works for the conditions above.',
    }),
    clinicalBodyField(),
    ...sourcesFields(),
  ],
  preview: {
    select: {
      title: 'name',
      kind: 'kind',
      system: 'evidenceLevel.system',
      grade: 'evidenceLevel.grade',
    },
    prepare: ({title, kind, system, grade}) => ({
      title: title ?? 'Unnamed treatment',
      subtitle: [
        treatmentKinds.find((option) => option.value === kind)?.title,
        grade ? `Evidence: ${system ?? ''} ${grade}`.replace(/ {2,}/, ' ') : undefined,
      ]
        .filter(Boolean)
        .join(' · '),
      media: BottleIcon,
    }),
  },
})
