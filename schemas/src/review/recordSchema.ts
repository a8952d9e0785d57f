import {z} from 'zod'
import type {MedicalReviewRecord, UnsignedMedicalReviewRecord} from './recordTypes.ts'
import {
  isClinicalType,
  isCredentialKind,
  RECORD_SUBJECT_TYPES,
  REVIEW_RECORD_KINDS,
} from './subjectTypes.ts'

const REVIEW_RECORD_ID =
  /^review-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

/** A fresh record id in the contract's `review-<uuid v4>` form. */
export function newReviewRecordId(): string {
  return `review-${globalThis.crypto.randomUUID()}`
}

const unsignedShape = {
  _id: z.string().regex(REVIEW_RECORD_ID, 'must be "review-" followed by a lowercase UUID v4'),
  _type: z.literal('medicalReview'),
  subject: z.object({
    _type: z.literal('reference'),
    _ref: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'must be a published document id (no "drafts.")'),
    _weak: z.literal(true),
  }),
  subjectType: z.enum(RECORD_SUBJECT_TYPES),
  kind: z.enum(REVIEW_RECORD_KINDS),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 content fingerprint'),
  subjectRevision: z.string().min(1),
  actor: z.object({
    personId: z.string().min(1),
    sanityUserId: z.string().min(1),
    name: z.string().min(1),
    credentials: z.array(z.string()),
    specialty: z.string().optional(),
  }),
  checklist: z
    .object({
      claimsChecked: z.boolean(),
      citationsVerified: z.boolean(),
      dosagesChecked: z.boolean(),
      noPromotionalContent: z.boolean(),
    })
    .optional(),
  notes: z.string().optional(),
  conflictOfInterest: z
    .object({declared: z.boolean(), statement: z.string().optional()})
    .optional(),
  verificationMethod: z.string().min(1).optional(),
  credential: z
    .strictObject({
      credentials: z.array(z.string().min(1)).min(1),
      specialty: z.string().min(1).optional(),
      licence: z.strictObject({
        number: z.string().min(1),
        jurisdiction: z.string().min(1),
        registryUrl: z.string().min(1).optional(),
      }),
      expiresOn: z.iso.date(),
    })
    .optional(),
  at: z.iso.datetime({offset: true}),
  nextReviewDue: z.iso.date().optional(),
  previous: z
    .object({
      id: z.string().regex(REVIEW_RECORD_ID, 'must name a review record'),
      sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 digest'),
    })
    .optional(),
}

type Problem = {path: string; message: string}

/** Rules that tie fields to the record's kind and subject type. */
function consistencyProblems(record: UnsignedMedicalReviewRecord): Problem[] {
  const problems: Problem[] = []
  const {kind, subjectType} = record
  const clinical = isClinicalType(subjectType)
  if (kind === 'citation-verified' && subjectType !== 'citation') {
    problems.push({path: 'kind', message: 'citation-verified is only for citations'})
  }
  if (isCredentialKind(kind) !== (subjectType === 'person')) {
    problems.push({path: 'kind', message: 'records about a person are credential records only'})
  }
  if ((kind === 'credential-verified') !== (record.credential !== undefined)) {
    problems.push({
      path: 'credential',
      message: 'a credential verification, and only one, names the credential',
    })
  }
  if ((kind === 'approved' || kind === 'changes-requested') && !clinical) {
    problems.push({path: 'kind', message: `${kind} is only for clinical content`})
  }
  if (kind === 'approved' && record.nextReviewDue === undefined) {
    problems.push({path: 'nextReviewDue', message: 'an approval must say when review is due'})
  }
  if (kind !== 'approved' && record.nextReviewDue !== undefined) {
    problems.push({path: 'nextReviewDue', message: 'only an approval has a review due date'})
  }
  const verifies = kind === 'citation-verified' || kind === 'credential-verified'
  if (!verifies && record.verificationMethod !== undefined) {
    problems.push({path: 'verificationMethod', message: 'only a verification has one'})
  }
  const isDecision = kind === 'approved' || kind === 'changes-requested'
  for (const field of ['checklist', 'conflictOfInterest'] as const) {
    if (!isDecision && record[field] !== undefined) {
      problems.push({path: field, message: 'only a sign-off or change request has one'})
    }
  }
  if (kind === 'unpublished' && !record.notes?.trim()) {
    problems.push({path: 'notes', message: 'a takedown must give its reason'})
  }
  if (kind === 'credential-revoked' && !record.notes?.trim()) {
    problems.push({path: 'notes', message: 'a revocation must give its reason'})
  }
  return problems
}

function withConsistency<T extends UnsignedMedicalReviewRecord>(
  schema: z.ZodType<T>,
): z.ZodType<T> {
  return schema.superRefine((record, context) => {
    for (const {path, message} of consistencyProblems(record)) {
      context.addIssue({code: 'custom', path: [path], message})
    }
  })
}

/** What `signRecord` accepts: strict, so a misspelt field fails instead of going unsigned. */
export const unsignedMedicalReviewRecordSchema: z.ZodType<UnsignedMedicalReviewRecord> =
  withConsistency(z.strictObject(unsignedShape))

/**
 * Parses a stored record. Store system fields (`_rev`, `_createdAt`, …) and any other extra
 * members are dropped from the result; `verifyRecord` still checks the signature over them.
 */
export const medicalReviewRecordSchema: z.ZodType<MedicalReviewRecord> = withConsistency(
  z.object({
    ...unsignedShape,
    keyId: z.string().min(1),
    signature: z.string().regex(/^[A-Za-z0-9_-]{86}$/, 'must be a base64url Ed25519 signature'),
  }),
)
