import {BarChartIcon} from '@sanity/icons/BarChart'
import {defineField, defineType} from 'sanity'

export const gradeLevels = [
  {title: 'GRADE: High', value: 'high'},
  {title: 'GRADE: Moderate', value: 'moderate'},
  {title: 'GRADE: Low', value: 'low'},
  {title: 'GRADE: Very low', value: 'very-low'},
]

/** Oxford CEBM levels of evidence (2009), 1a (systematic review of RCTs) to 5 (expert opinion). */
export const cebmLevels = [
  {title: 'CEBM 1a: systematic review of RCTs', value: '1a'},
  {title: 'CEBM 1b: individual RCT', value: '1b'},
  {title: 'CEBM 1c: all-or-none', value: '1c'},
  {title: 'CEBM 2a: systematic review of cohort studies', value: '2a'},
  {title: 'CEBM 2b: individual cohort study or low-quality RCT', value: '2b'},
  {title: 'CEBM 2c: outcomes research', value: '2c'},
  {title: 'CEBM 3a: systematic review of case-control studies', value: '3a'},
  {title: 'CEBM 3b: individual case-control study', value: '3b'},
  {title: 'CEBM 4: case series', value: '4'},
  {title: 'CEBM 5: expert opinion', value: '5'},
]

const gradesBySystem: Record<string, string[]> = {
  GRADE: gradeLevels.map((level) => level.value),
  CEBM: cebmLevels.map((level) => level.value),
}

function systemOf(parent: unknown): string | undefined {
  if (typeof parent !== 'object' || parent === null || !('system' in parent)) return undefined
  return typeof parent.system === 'string' ? parent.system : undefined
}

export const evidenceLevel = defineType({
  name: 'evidenceLevel',
  title: 'Evidence level',
  type: 'object',
  icon: BarChartIcon,
  description:
    'How strong the evidence is. GRADE rates a body of evidence (trials start high, observational studies low); Oxford CEBM rates a study design from 1a to 5.',
  fields: [
    defineField({
      name: 'system',
      title: 'Grading system',
      type: 'string',
      options: {
        list: [
          {title: 'GRADE', value: 'GRADE'},
          {title: 'Oxford CEBM', value: 'CEBM'},
        ],
        layout: 'radio',
        direction: 'horizontal',
      },
      validation: (rule) => rule.required().error('Choose GRADE or Oxford CEBM.'),
    }),
    defineField({
      name: 'grade',
      title: 'Level',
      type: 'string',
      description: 'GRADE uses High, Moderate, Low or Very low; CEBM uses 1a to 5.',
      options: {list: [...gradeLevels, ...cebmLevels]},
      // One chain, not an array: each array entry would repeat the built-in list check.
      validation: (rule) =>
        rule.required().custom((grade, context) => {
          const system = systemOf(context.parent)
          const allowed = system ? gradesBySystem[system] : undefined
          // A value on neither scale is already reported by the built-in list check.
          const onAScale = Object.values(gradesBySystem).some((grades) =>
            grades.includes(grade ?? ''),
          )
          if (!grade || !allowed || allowed.includes(grade) || !onAScale) return true
          return system === 'GRADE'
            ? 'GRADE levels are High, Moderate, Low or Very low.'
            : 'CEBM levels run from 1a to 5.'
        }),
    }),
    defineField({
      name: 'summary',
      title: 'Why this level',
      type: 'text',
      rows: 2,
      description: 'Optional: one or two sentences on the studies behind the rating.',
    }),
  ],
  preview: {
    select: {system: 'system', grade: 'grade'},
    prepare: ({system, grade}) => ({
      title: grade ? `${system ?? ''} ${grade}`.trim() : 'No level chosen',
      media: BarChartIcon,
    }),
  },
})
