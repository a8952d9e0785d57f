import {canonicalJson} from './canonicalJson.ts'
import {sha256Hex} from './encoding.ts'
import {compareRecords} from './recordOrder.ts'
import type {RecordLink} from './recordTypes.ts'
import {withoutStoreFields} from './storeFields.ts'

type StoredRecord = {_id: string; at?: unknown; previous?: unknown}

/** SHA-256 of a stored record's canonical JSON, signature included, store fields left out. */
export async function recordDigest(record: object): Promise<string> {
  return sha256Hex(canonicalJson(withoutStoreFields(record)))
}

/** Oldest first by `at`, ties by id: the order the chain runs in (the records' own order). */
export function chainOrder<T extends StoredRecord>(records: readonly T[]): T[] {
  return [...records].sort(compareRecords)
}

/** The link a new record about this document carries: to the newest record so far. */
export async function linkToNewest(
  records: readonly StoredRecord[],
): Promise<RecordLink | undefined> {
  const newest = chainOrder(records).at(-1)
  return newest ? {id: newest._id, sha256: await recordDigest(newest)} : undefined
}

function linkOf(record: StoredRecord): RecordLink | undefined {
  const {previous} = record
  if (typeof previous !== 'object' || previous === null) return undefined
  const id: unknown = Reflect.get(previous, 'id')
  const sha256: unknown = Reflect.get(previous, 'sha256')
  return typeof id === 'string' && typeof sha256 === 'string' ? {id, sha256} : undefined
}

/**
 * What is wrong with one document's chain of records, one sentence per problem: a record
 * that names no predecessor although one exists, names one that is gone (removed) or whose
 * content no longer hashes to what it was (altered), or shares its predecessor with another.
 */
export async function chainProblems(records: readonly StoredRecord[]): Promise<string[]> {
  const ordered = chainOrder(records)
  const byId = new Map(ordered.map((record) => [record._id, record]))
  const digests = new Map(
    await Promise.all(
      ordered.map(async (record) => [record._id, await recordDigest(record)] as const),
    ),
  )
  const problems: string[] = []
  const claimedBy = new Map<string, string>()
  for (const [index, record] of ordered.entries()) {
    const link = linkOf(record)
    if (!link) {
      if (index > 0)
        problems.push(
          `record ${record._id} names no previous record, but ${ordered[index - 1]?._id} came before it`,
        )
      continue
    }
    const previous = byId.get(link.id)
    if (!previous) {
      problems.push(
        `record ${record._id} follows ${link.id}, which is missing (removed from the store?)`,
      )
    } else if (digests.get(link.id) !== link.sha256) {
      problems.push(`record ${link.id} was altered after ${record._id} recorded its SHA-256`)
    }
    const other = claimedBy.get(link.id)
    if (other) problems.push(`records ${other} and ${record._id} both follow ${link.id} (a fork)`)
    claimedBy.set(link.id, record._id)
  }
  return problems
}
