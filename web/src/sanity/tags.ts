/**
 * Cache tags, one per document type. Every cached read is tagged with each type its result
 * depends on; a publish (webhook or service) revalidates the tag of the type it touched.
 * `medicalReview` is on every gated read: a new or revoked sign-off changes what may show.
 */
export const cacheTags = {
  condition: 'content:condition',
  treatment: 'content:treatment',
  article: 'content:article',
  citation: 'content:citation',
  person: 'content:person',
  medicalReview: 'content:medicalReview',
  siteSettings: 'content:siteSettings',
} as const

export type TaggedType = keyof typeof cacheTags

/** Reads that decide what is visible: the clinical types, their records, and who they credit. */
export const gatedReadTags = [
  cacheTags.condition,
  cacheTags.treatment,
  cacheTags.article,
  cacheTags.medicalReview,
  cacheTags.person,
  cacheTags.citation,
]

export function tagForType(type: string): string | undefined {
  return Object.hasOwn(cacheTags, type) ? cacheTags[type as TaggedType] : undefined
}
