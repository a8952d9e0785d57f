import {z} from 'zod'
import type {EvidenceLevel, MedicalCode, RichText, RichTextNode} from '../types.ts'

/**
 * Lenient field parsers for published content: a malformed optional field is dropped rather than
 * failing the page, because every field shown still comes from the verified document.
 */

const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.trim().length > 0

export const optionalText = z.unknown().transform((value) => (isText(value) ? value : undefined))

export const textList = z
  .unknown()
  .transform((value) => (Array.isArray(value) ? value.filter(isText) : []))

export const optionalNumber = z
  .unknown()
  .transform((value) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined))

export const flag = z.unknown().transform((value) => value === true)

export const slugField = z.object({current: z.string().trim().min(1)}).transform((s) => s.current)

/** Ids of `{_ref}` references, in order, skipping anything that is not one. */
export const refIds = z
  .unknown()
  .transform((value) =>
    Array.isArray(value)
      ? value.flatMap((item: unknown) =>
          item && typeof item === 'object' && '_ref' in item && isText(item._ref)
            ? [item._ref]
            : [],
        )
      : [],
  )

function isNode(value: unknown): value is RichTextNode {
  return !!value && typeof value === 'object' && isText((value as {_type?: unknown})._type)
}

export const richText = z
  .unknown()
  .transform((value): RichText => (Array.isArray(value) ? value.filter(isNode) : []))

const cebmLevels = ['1a', '1b', '1c', '2a', '2b', '2c', '3a', '3b', '4', '5']
const gradeLevels = ['high', 'moderate', 'low', 'very-low']

export const evidenceLevel = z.unknown().transform((value): EvidenceLevel | undefined => {
  if (!value || typeof value !== 'object') return undefined
  const {system, grade, summary} = value as Record<string, unknown>
  const known =
    (system === 'GRADE' && gradeLevels.includes(String(grade))) ||
    (system === 'CEBM' && cebmLevels.includes(String(grade)))
  if (!known) return undefined
  return {system: system as EvidenceLevel['system'], grade: String(grade), summary: text(summary)}
})

export const medicalCode = z.unknown().transform((value): MedicalCode | undefined => {
  if (!value || typeof value !== 'object') return undefined
  const {system, code, label} = value as Record<string, unknown>
  if (system !== 'ICD-10-CM' || !isText(code)) return undefined
  return {system, code, label: text(label)}
})

export function text(value: unknown): string | undefined {
  return isText(value) ? value : undefined
}

export function oneOf<const T extends string>(
  value: unknown,
  allowed: readonly T[],
): T | undefined {
  return allowed.find((candidate) => candidate === value)
}
