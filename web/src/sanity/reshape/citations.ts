import {z} from 'zod'
import type {Citation} from '../types.ts'
import {evidenceLevel, flag, oneOf, optionalNumber, optionalText, textList} from './fields.ts'

const publicationTypes = [
  'journal-article',
  'review',
  'guideline',
  'book',
  'website',
  'other',
] as const

const verificationStatuses = ['unverified', 'verified', 'not-found', 'retracted'] as const

const citationSchema = z.object({
  _id: z.string(),
  title: z.string().trim().min(1),
  authors: textList,
  journal: optionalText,
  year: optionalNumber,
  volume: optionalText,
  issue: optionalText,
  pages: optionalText,
  doi: optionalText,
  pmid: optionalText,
  pmcid: optionalText,
  url: optionalText,
  accessed: optionalText,
  publicationType: z.unknown().transform((value) => oneOf(value, publicationTypes)),
  evidenceLevel,
  retracted: flag,
  verificationStatus: z.unknown(),
})

export function toCitation(raw: unknown): Citation | undefined {
  const parsed = citationSchema.safeParse(raw)
  if (!parsed.success) return undefined
  const {_id, evidenceLevel: evidence, verificationStatus, retracted, ...fields} = parsed.data
  const status = oneOf(verificationStatus, verificationStatuses) ?? 'unverified'
  return {
    id: _id,
    ...fields,
    evidence,
    retracted: retracted || status === 'retracted',
    verificationStatus: status,
  }
}

export function toCitations(raw: unknown): Citation[] {
  return Array.isArray(raw) ? raw.flatMap((item) => toCitation(item) ?? []) : []
}
