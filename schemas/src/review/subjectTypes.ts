/** Document types whose publishing the review policy governs. */
export const SUBJECT_TYPES = ['condition', 'treatment', 'article', 'citation'] as const
export type SubjectType = (typeof SUBJECT_TYPES)[number]

/** Clinical types publish only with a medical sign-off; citations with a four-eyes verification. */
export const CLINICAL_TYPES = ['condition', 'treatment', 'article'] as const
export type ClinicalType = (typeof CLINICAL_TYPES)[number]

export const REVIEW_RECORD_KINDS = [
  'review-requested',
  'changes-requested',
  'approved',
  'citation-verified',
  'published',
  'unpublished',
  'credential-verified',
  'credential-revoked',
] as const
export type ReviewRecordKind = (typeof REVIEW_RECORD_KINDS)[number]

/**
 * Record kinds that say what is live: the service signs a `published` record at every publish
 * and an `unpublished` one at every takedown. The site shows a document only when the newest of
 * these is a `published` record of exactly its content.
 */
export const PUBLICATION_KINDS = [
  'published',
  'unpublished',
] as const satisfies readonly ReviewRecordKind[]

/**
 * Record kinds about a person, not content: an administrator other than that person verifies
 * their reviewer credential, or revokes it. The newest one in force decides who may sign off.
 */
export const CREDENTIAL_KINDS = [
  'credential-verified',
  'credential-revoked',
] as const satisfies readonly ReviewRecordKind[]
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number]

/** What a record can be about: reviewed content, or (credential records) a person. */
export const RECORD_SUBJECT_TYPES = [...SUBJECT_TYPES, 'person'] as const
export type RecordSubjectType = (typeof RECORD_SUBJECT_TYPES)[number]

export function isCredentialKind(kind: string): kind is CredentialKind {
  return (CREDENTIAL_KINDS as readonly string[]).includes(kind)
}

export function isReviewSubjectType(type: string): type is SubjectType {
  return (SUBJECT_TYPES as readonly string[]).includes(type)
}

export function isClinicalType(type: string): type is ClinicalType {
  return (CLINICAL_TYPES as readonly string[]).includes(type)
}

/** The record kind that lets a version of this type be published. */
export function approvalKindFor(type: SubjectType): 'approved' | 'citation-verified' {
  return type === 'citation' ? 'citation-verified' : 'approved'
}

/**
 * Record kinds that settle a version: the newest of these on a fingerprint decides whether it
 * may publish. A takedown (`unpublished`) counts, so re-publishing taken-down content needs a
 * new sign-off.
 */
export function decisionKindsFor(type: SubjectType): readonly ReviewRecordKind[] {
  return type === 'citation'
    ? ['citation-verified', 'unpublished']
    : ['approved', 'changes-requested', 'unpublished']
}
