import type {ParsedCitation} from '@vetted/schemas/citations'
import type {CitationVerificationStatus} from '@vetted/schemas/lint'
import type {ClinicalType} from './config.ts'

/**
 * The site's own shapes. The data layer turns raw Content Lake documents into these; components
 * never see a raw document.
 */

/** A Portable Text node: blocks, list items, or custom objects the renderer may not know. */
export interface RichTextNode {
  _type: string
  _key?: string
  [field: string]: unknown
}
export type RichText = RichTextNode[]

export interface PersonCard {
  id: string
  name: string
  slug?: string
  credentials: string[]
  jobTitle?: string
  specialty?: string
}

export interface PersonProfile extends PersonCard {
  bio?: string
  sameAs: string[]
  /**
   * The reviewer credential an administrator verified (a signed record), when there is one in
   * force: readers see this, never what the profile claims about itself.
   */
  verifiedCredential?: VerifiedCredential
}

export interface VerifiedCredential {
  credentials: string[]
  specialty?: string
  licence: {number: string; jurisdiction: string; registryUrl?: string}
  expiresOn: string
  /** Past its end date: shown as expired. */
  expired: boolean
  verifiedAt: string
  verifiedBy: string
}

export interface EvidenceLevel {
  system: 'GRADE' | 'CEBM'
  grade: string
  summary?: string
}

export interface MedicalCode {
  system: 'ICD-10-CM'
  code: string
  label?: string
}

/** A citation as the site renders it: the bibliographic fields of the citations module, plus trust. */
export interface Citation extends ParsedCitation {
  id: string
  title: string
  evidence?: EvidenceLevel
  retracted: boolean
  verificationStatus: CitationVerificationStatus
}

/** Who signed off, as the signed record states it (not as the person document says today). */
export interface ReviewCredit {
  recordId: string
  reviewedAt: string
  nextReviewDue?: string
  overdue: boolean
  reviewer: {
    personId: string
    name: string
    credentials: string[]
    specialty?: string
    slug?: string
  }
  conflictOfInterest?: {declared: boolean; statement?: string}
}

/** A published clinical document that passed the trust gate, as lists, search and feeds show it. */
export interface ClinicalSummary {
  id: string
  type: ClinicalType
  title: string
  slug: string
  path: string
  description?: string
  kind?: string
  evidence?: EvidenceLevel
  code?: MedicalCode
  synonyms: string[]
  /** Conditions and treatments this document is about or linked to (ids). */
  relatedIds: string[]
  authorIds: string[]
  review: ReviewCredit
  /** Every validly signed approval of this document, newest first: one feed entry each. */
  approvals: ReviewCredit[]
}

/** A published clinical document that failed the trust gate: hidden, and reported. */
export interface IntegrityFailure {
  id: string
  type: string
  title?: string
  slug?: string
  reasons: string[]
}

export interface ClinicalIndex {
  entries: ClinicalSummary[]
  /** Published citations whose content carries a valid signed verification. */
  verifiedCitationIds: string[]
  /** Published clinical documents and citations that failed the gate. */
  failures: IntegrityFailure[]
}

interface ClinicalPageBase {
  id: string
  slug: string
  title: string
  body: RichText
  authors: PersonCard[]
  citations: Citation[]
  /** Absent only in a draft preview that no approval matches yet. */
  review?: ReviewCredit
  /** True when rendering a draft for preview: never cached, never indexed. */
  isDraft: boolean
}

export interface ConditionPage extends ClinicalPageBase {
  type: 'condition'
  synonyms: string[]
  code?: MedicalCode
  summary?: string
  symptoms: string[]
  causes: string[]
  riskFactors: string[]
  redFlags: string[]
  audience?: 'patient' | 'clinician'
  treatments: ClinicalSummary[]
  articles: ClinicalSummary[]
}

export interface TreatmentPage extends ClinicalPageBase {
  type: 'treatment'
  kind?: 'medication' | 'procedure' | 'therapy' | 'self-care'
  howItWorks?: string
  benefits: string[]
  risks: string[]
  sideEffects: string[]
  contraindications: string[]
  evidence?: EvidenceLevel
  conditions: ClinicalSummary[]
  articles: ClinicalSummary[]
}

export interface ArticlePage extends ClinicalPageBase {
  type: 'article'
  standfirst?: string
  about: ClinicalSummary[]
}

export type ClinicalPage = ConditionPage | TreatmentPage | ArticlePage

export interface SiteSettings {
  siteName: string
  disclaimer: string
  editorialPolicy: RichText
  reportErrorEmail?: string
  defaultReviewIntervalMonths: number
}
