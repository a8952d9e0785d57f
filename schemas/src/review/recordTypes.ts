import type {RecordSubjectType, ReviewRecordKind} from './subjectTypes.ts'

/** Who made a record, as they were at the time (a later profile edit does not rewrite it). */
export type ReviewActor = {
  personId: string
  sanityUserId: string
  name: string
  credentials: string[]
  specialty?: string
}

export type ReviewChecklist = {
  claimsChecked: boolean
  citationsVerified: boolean
  dosagesChecked: boolean
  noPromotionalContent: boolean
}

/** A reviewer credential as an administrator verified it (`credential-verified` only). */
export type RecordedCredential = {
  /** Post-nominal letters as verified, e.g. ["MD"]. */
  credentials: string[]
  specialty?: string
  licence: {number: string; jurisdiction: string; registryUrl?: string}
  /** YYYY-MM-DD: the credential is current through this day (UTC). */
  expiresOn: string
}

export type RecordLink = {id: string; sha256: string}

/**
 * A signed workflow record (`medicalReview`), written only by the publisher service, always
 * published, never edited. Review state is derived from these and the document's fingerprints.
 */
export type MedicalReviewRecord = {
  /** `review-<uuid v4>` */
  _id: string
  _type: 'medicalReview'
  /** Weak reference to the published id of the reviewed document. */
  subject: {_type: 'reference'; _ref: string; _weak: true}
  /** A reviewed type, or `person` for credential records. */
  subjectType: RecordSubjectType
  kind: ReviewRecordKind
  /** Content fingerprint of the exact version the record is about (64 lowercase hex). */
  fingerprint: string
  /** The draft `_rev` the record is about, for diffing through the history API. */
  subjectRevision: string
  actor: ReviewActor
  checklist?: ReviewChecklist
  notes?: string
  conflictOfInterest?: {declared: boolean; statement?: string}
  /** How a citation or a credential was verified (`citation-verified`, `credential-verified`). */
  verificationMethod?: string
  /** The credential verified (`credential-verified` only). */
  credential?: RecordedCredential
  /** ISO date-time the record was made. */
  at: string
  /** ISO date (YYYY-MM-DD) by which the content must be reviewed again (`approved` only). */
  nextReviewDue?: string
  /**
   * The record before this one about the same document (its id and the SHA-256 of its
   * canonical JSON), absent on a document's first record: an audit finds a record that was
   * removed or altered.
   */
  previous?: RecordLink
  keyId: string
  /** base64url Ed25519 signature over the record's signing payload. */
  signature: string
}

/** What the service assembles before signing; `signRecord` adds `keyId` and `signature`. */
export type UnsignedMedicalReviewRecord = Omit<MedicalReviewRecord, 'keyId' | 'signature'>
