import {
  isApprovalCurrent,
  type RecordedCredential,
  type VerifiedReviewRecord,
} from '@vetted/schemas/review'
import type {ReviewCredit} from '../types.ts'

/**
 * The credit readers see, from the signed records: who signed and when from the approval, and
 * their credentials and specialty from the credential an administrator verified for them
 * (held at signing time), else as the approval recorded them (a citation's verifier).
 */
export function toReviewCredit(
  record: VerifiedReviewRecord,
  personSlugs: ReadonlyMap<string, string>,
  now: Date,
  credential?: RecordedCredential,
): ReviewCredit {
  const {actor} = record
  return {
    recordId: record._id,
    reviewedAt: record.at,
    nextReviewDue: record.nextReviewDue,
    overdue: !isApprovalCurrent(record, now),
    reviewer: {
      personId: actor.personId,
      name: actor.name,
      credentials: credential?.credentials ?? actor.credentials,
      specialty: credential ? credential.specialty : actor.specialty,
      slug: personSlugs.get(actor.personId),
    },
    conflictOfInterest: record.conflictOfInterest,
  }
}
