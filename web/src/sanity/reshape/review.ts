import {isApprovalCurrent, type VerifiedReviewRecord} from '@vetted/schemas/review'
import type {ReviewCredit} from '../types.ts'

/** The credit readers see, taken from the signed record (who signed, as they were then). */
export function toReviewCredit(
  record: VerifiedReviewRecord,
  personSlugs: ReadonlyMap<string, string>,
  now: Date,
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
      credentials: actor.credentials,
      specialty: actor.specialty,
      slug: personSlugs.get(actor.personId),
    },
    conflictOfInterest: record.conflictOfInterest,
  }
}
