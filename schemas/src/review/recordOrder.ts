import {utcDay} from './dates.ts'
import type {ReviewRecordKind} from './subjectTypes.ts'
import type {VerifiedReviewRecord} from './verifyRecord.ts'

function idOf({_id: id}: VerifiedReviewRecord): string {
  return id
}

/** Oldest first by `at`; ties (same millisecond) broken by id so every reader agrees. */
export function compareRecords(a: VerifiedReviewRecord, b: VerifiedReviewRecord): number {
  const byTime = Date.parse(a.at) - Date.parse(b.at)
  if (byTime !== 0) return byTime
  return idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0
}

export function newest(
  records: readonly VerifiedReviewRecord[],
  kinds: readonly ReviewRecordKind[],
  fingerprint?: string,
): VerifiedReviewRecord | undefined {
  let found: VerifiedReviewRecord | undefined
  for (const record of records) {
    if (!kinds.includes(record.kind)) continue
    if (fingerprint !== undefined && record.fingerprint !== fingerprint) continue
    if (!found || compareRecords(record, found) > 0) found = record
  }
  return found
}

export function isNewer(a: VerifiedReviewRecord, than: VerifiedReviewRecord | undefined): boolean {
  return than === undefined || compareRecords(a, than) > 0
}

/**
 * An approval is current through its `nextReviewDue` day (UTC) and expired from the day after.
 * Citation verifications carry no review date and do not expire.
 */
export function isApprovalCurrent(record: VerifiedReviewRecord, now: Date): boolean {
  return record.nextReviewDue === undefined || utcDay(now) <= record.nextReviewDue
}
