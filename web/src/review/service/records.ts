import {
  credentialAt,
  linkToNewest,
  newReviewRecordId,
  signRecord,
  type MedicalReviewRecord,
  type RecordSubjectType,
  type ReviewActor,
  type UnsignedMedicalReviewRecord,
  type VerifiedReviewRecord,
} from '@vetted/schemas/review'
import type {Caller} from './caller.ts'
import type {ServiceContext} from './context.ts'
import {ReviewServiceError} from './errors.ts'
import type {StoredRecord} from './subject.ts'

type RecordDetails = Pick<
  UnsignedMedicalReviewRecord,
  | 'kind'
  | 'checklist'
  | 'notes'
  | 'conflictOfInterest'
  | 'verificationMethod'
  | 'nextReviewDue'
  | 'credential'
>

/** What a record is about: a reviewed document, or a person (credential records). */
export interface RecordSubject {
  id: string
  type: RecordSubjectType
  /** Every published record about it, as stored, and those whose signatures verify. */
  storedRecords: readonly StoredRecord[]
  records: readonly VerifiedReviewRecord[]
}

/**
 * Who signs, as they are now: a reviewer's credentials and specialty come from the credential
 * an administrator verified, not from what their profile says.
 */
function actorOf(caller: Caller, person: NonNullable<Caller['person']>, at: Date): ReviewActor {
  const standing = credentialAt(caller.credentialRecords, person._id, at)
  const verified = standing.state === 'verified' ? standing.credential : undefined
  const specialty = verified ? verified.specialty : person.specialty
  return {
    personId: person._id,
    sanityUserId: caller.sanityUserId,
    name: person.name || caller.name,
    credentials: verified?.credentials ?? person.credentials,
    ...(specialty ? {specialty} : {}),
  }
}

/**
 * Builds and signs a record about one exact version (fingerprint + revision) of the subject,
 * linked to the newest validly signed record before it (`previous`), so the document's records
 * form a chain an audit can check.
 */
export async function signedRecord(
  context: ServiceContext,
  subject: RecordSubject,
  caller: Caller,
  version: {fingerprint: string; revision: string},
  details: RecordDetails,
  at: Date,
): Promise<MedicalReviewRecord> {
  const person = caller.person
  if (!person) {
    // The policy refuses before this; a record must always name a registered person.
    throw new ReviewServiceError(
      'forbidden',
      'Only people in the registry can make review records.',
    )
  }
  const verifiedIds = new Set(subject.records.map(({_id: id}) => id))
  const previous = await linkToNewest(
    subject.storedRecords.filter(({_id: id}) => verifiedIds.has(id)),
  )
  const unsigned: UnsignedMedicalReviewRecord = {
    _id: newReviewRecordId(),
    _type: 'medicalReview',
    subject: {_type: 'reference', _ref: subject.id, _weak: true},
    subjectType: subject.type,
    fingerprint: version.fingerprint,
    subjectRevision: version.revision,
    actor: actorOf(caller, person, at),
    at: at.toISOString(),
    ...withoutUndefined(details),
    ...(previous ? {previous} : {}),
  }
  return signRecord(unsigned, await context.signingKey())
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined)) as T
}
