import {z} from 'zod'
import {clinicalTypes} from '../config.ts'
import {
  evidenceLevel,
  medicalCode,
  oneOf,
  optionalText,
  refIds,
  richText,
  slugField,
  textList,
} from './fields.ts'

/** The fields of a published clinical document the site renders, parsed leniently. */
const base = {
  _id: z.string(),
  slug: slugField,
  body: richText,
  authors: refIds,
  citations: refIds,
}

const conditionSchema = z.object({
  ...base,
  _type: z.literal('condition'),
  name: z.string().trim().min(1),
  synonyms: textList,
  code: medicalCode,
  summary: optionalText,
  symptoms: textList,
  causes: textList,
  riskFactors: textList,
  redFlags: textList,
  treatments: refIds,
  audience: z.unknown().transform((value) => oneOf(value, ['patient', 'clinician'] as const)),
})

const treatmentKinds = ['medication', 'procedure', 'therapy', 'self-care'] as const

const treatmentSchema = z.object({
  ...base,
  _type: z.literal('treatment'),
  name: z.string().trim().min(1),
  kind: z.unknown().transform((value) => oneOf(value, treatmentKinds)),
  conditions: refIds,
  howItWorks: optionalText,
  benefits: textList,
  risks: textList,
  sideEffects: textList,
  contraindications: textList,
  evidenceLevel,
})

const articleSchema = z.object({
  ...base,
  _type: z.literal('article'),
  title: z.string().trim().min(1),
  standfirst: optionalText,
  about: refIds,
})

const clinicalSchema = z.discriminatedUnion('_type', [
  conditionSchema,
  treatmentSchema,
  articleSchema,
])

export type ClinicalDocument = z.infer<typeof clinicalSchema>

export class UnrenderableDocumentError extends Error {
  override name = 'UnrenderableDocumentError'
}

/** Parses a verified clinical document; a missing name/title or slug makes it unrenderable. */
export function parseClinicalDocument(raw: unknown): ClinicalDocument {
  const parsed = clinicalSchema.safeParse(raw)
  if (parsed.success) return parsed.data
  const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '_type'))]
  throw new UnrenderableDocumentError(
    `cannot be rendered: ${fields.join(', ')} missing or invalid (a ${clinicalTypes.join('/')} needs a name or title and a slug)`,
  )
}

export function titleOf(document: ClinicalDocument): string {
  return document._type === 'article' ? document.title : document.name
}
