import {utcDay} from './dates.ts'
import type {ReviewRecordKind} from './subjectTypes.ts'
import type {VerifiedReviewRecord} from './verifyRecord.ts'

type Ordered = {_id: string; at?: unknown}

function idOf({_id: id}: Ordered): string {
  return id
}

// A stored record that is not yet verified may have no usable `at`: it sorts as the epoch.
const timeOf = ({at}: Ordered) => (typeof at === 'string' ? Date.parse(at) || 0 : 0)

/** Oldest first by `at`; ties (same millisecond) broken by id so every reader agrees. */
export function compareRecords(a: Ordered, b: Ordered): number {
  const byTime = timeOf(a) - timeOf(b)
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
