import type {TreatmentSlug} from '../ids.ts'
import type {BlockSpec} from '../portableText.ts'

export type Grade = 'high' | 'moderate' | 'low' | 'very-low'

export interface TreatmentContent {
  slug: TreatmentSlug
  name: string
  kind: 'medication' | 'procedure' | 'therapy' | 'self-care'
  howItWorks: string
  benefits: string[]
  risks: string[]
  sideEffects: string[]
  contraindications: string[]
  /** GRADE certainty for lower back spasm / acute low back pain, and what it rests on. */
  evidence: {grade: Grade; summary: string}
  body: BlockSpec[]
}
