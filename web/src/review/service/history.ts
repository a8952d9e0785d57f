import type {SanityClient} from '@sanity/client'
import {z} from 'zod'
import {ReviewServiceError} from './errors.ts'

/** One transaction from the store's history API (`/data/history/{ds}/transactions/{ids}`). */
export interface HistoryTransaction {
  id: string
  timestamp: string
  author: string
  documentIDs: string[]
  /** Per document, mendoza patches; a revert of `[0, null]` means the transaction created it. */
  effects: Record<string, {apply?: unknown; revert?: unknown}>
}

const transactionSchema = z.object({
  id: z.string(),
  timestamp: z.string(),
  author: z.string(),
  documentIDs: z.array(z.string()).default([]),
  effects: z
    .record(z.string(), z.object({apply: z.unknown(), revert: z.unknown()}).partial())
    .default({}),
})

function parseLines(body: unknown): unknown[] {
  if (Array.isArray(body)) return body
  if (typeof body === 'string') {
    return body
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as unknown)
  }
  if (body && typeof body === 'object') return [body]
  return []
}

/** Every transaction that touched the draft or the published document, oldest first. */
export async function readTransactions(
  robot: SanityClient,
  publishedId: string,
): Promise<HistoryTransaction[]> {
  const {dataset} = robot.config()
  const ids = [`drafts.${publishedId}`, publishedId].join(',')
  let body: unknown
  try {
    body = await robot.request({
      url: `/data/history/${dataset}/transactions/${ids}`,
      query: {effectFormat: 'mendoza', includeIdentifiedDocumentsOnly: 'true'},
      tag: 'history',
    })
  } catch (error) {
    throw new ReviewServiceError(
      'history-unavailable',
      'The content store could not say who edited this document, so it cannot be signed off.',
      [`The history API failed: ${error instanceof Error ? error.message : String(error)}`],
    )
  }
  return parseLines(body)
    .map((line) => transactionSchema.parse(line))
    .sort((a, b) => a.timestamp.localeCompare(b.timestamp))
}

const createsDocument = (effect: {revert?: unknown} | undefined) =>
  Array.isArray(effect?.revert) && effect.revert[0] === 0 && effect.revert[1] === null

/**
 * Who wrote the document after the transaction `sinceRevision` (the revision its newest
 * approval signed), or since it was created when it was never approved: Sanity user ids, oldest
 * first, without `ignoredAuthors` (the publisher robot). `null` when the history no longer
 * reaches back that far: the policy then refuses (fail closed).
 */
export function writersSince(
  transactions: HistoryTransaction[],
  publishedId: string,
  sinceRevision: string | undefined,
  ignoredAuthors: readonly string[],
): string[] | null {
  const ids = [`drafts.${publishedId}`, publishedId]
  let start = 0
  if (sinceRevision) {
    const index = transactions.findIndex((transaction) => transaction.id === sinceRevision)
    if (index === -1) return null
    start = index + 1
  } else {
    const first = transactions[0]
    if (!first || !ids.some((id) => createsDocument(first.effects[id]))) return null
  }
  return transactions
    .slice(start)
    .map((transaction) => transaction.author)
    .filter((author) => !ignoredAuthors.includes(author))
}
