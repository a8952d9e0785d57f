import {
  linkToNewest,
  newReviewRecordId,
  signRecord,
  type MedicalReviewRecord,
  type UnsignedMedicalReviewRecord,
} from '@vetted/schemas/review'
import type {Caller} from './caller.ts'
import type {ServiceContext} from './context.ts'
import {ReviewServiceError} from './errors.ts'
import type {Subject} from './subject.ts'

type RecordDetails = Pick<
  UnsignedMedicalReviewRecord,
  'kind' | 'checklist' | 'notes' | 'conflictOfInterest' | 'verificationMethod' | 'nextReviewDue'
>

/**
 * Builds and signs a record about one exact version (fingerprint + revision) of the subject,
 * linked to the newest validly signed record before it (`previous`), so the document's records
 * form a chain an audit can check.
 */
export async function signedRecord(
  context: ServiceContext,
  subject: Subject,
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
    actor: {
      personId: person._id,
      sanityUserId: caller.sanityUserId,
      name: person.name || caller.name,
      credentials: person.credentials,
      ...(person.specialty ? {specialty: person.specialty} : {}),
    },
    at: at.toISOString(),
    ...withoutUndefined(details),
    ...(previous ? {previous} : {}),
  }
  return signRecord(unsigned, await context.signingKey())
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined)) as T
}
