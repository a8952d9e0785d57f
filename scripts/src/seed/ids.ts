// Document ids fixed by the project's contracts (brief: "Ids"); other parts look them up.

export const personIds = {
  mayaOkafor: 'person-maya-okafor',
  danielReyes: 'person-daniel-reyes',
  helenCarter: 'person-helen-carter',
  samLee: 'person-sam-lee',
} as const

export const siteSettingsId = 'siteSettings'
export const conditionId = 'condition-lower-back-spasm'

export const treatmentSlugs = [
  'heat-therapy',
  'cold-therapy',
  'nsaids',
  'muscle-relaxants',
  'physical-therapy',
  'spinal-manipulation',
  'acupuncture',
  'massage',
  'steroid-injection',
  'discectomy',
  'laminectomy',
] as const
export type TreatmentSlug = (typeof treatmentSlugs)[number]

export const treatmentId = (slug: TreatmentSlug) => `treatment-${slug}`
export const articleId = (seedNumber: string) => `article-seed-${seedNumber}`
export const citationId = (seedNumber: string, position: number) =>
  `citation-seed-${seedNumber}-${position}`

/** Clinical content and citations are seeded as drafts: only a sign-off may publish them. */
export const draftId = (id: string) => `drafts.${id}`

export interface Target {
  id: string
  type: string
  draftOnly: boolean
}

export const targets = {
  person: (id: string): Target => ({id, type: 'person', draftOnly: false}),
  condition: {id: conditionId, type: 'condition', draftOnly: true} satisfies Target,
  treatment: (slug: TreatmentSlug): Target => ({
    id: treatmentId(slug),
    type: 'treatment',
    draftOnly: true,
  }),
  citation: (id: string): Target => ({id, type: 'citation', draftOnly: true}),
}
