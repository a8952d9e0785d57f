/** Pinned so a Content Lake API change never alters what the site reads. */
export const apiVersion = '2025-02-19'

/** Clinical types: published only with a medical sign-off, rendered only when it verifies. */
export const clinicalTypes = ['condition', 'treatment', 'article'] as const
export type ClinicalType = (typeof clinicalTypes)[number]

export function isClinicalType(type: string): type is ClinicalType {
  return (clinicalTypes as readonly string[]).includes(type)
}

/** Where each clinical type lives on the site. */
export const routeSegment: Record<ClinicalType, string> = {
  condition: 'conditions',
  treatment: 'treatments',
  article: 'articles',
}

export function pathFor(type: ClinicalType, slug: string): string {
  return `/${routeSegment[type]}/${encodeURIComponent(slug)}`
}
