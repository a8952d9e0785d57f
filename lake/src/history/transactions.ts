import type Database from 'better-sqlite3'
import {LakeError} from '../errors.ts'
import type {
  CommittedTransaction,
  DocumentChange,
  HistoryQuery,
  HistoryTransaction,
  MendozaEffects,
  Transition,
} from '../store/types.ts'
import {effectsBetween} from './effects.ts'
import {mutationsAt} from './mutationIndexes.ts'
import type {RevisionReader} from './revisions.ts'
import {normalizeTime} from './time.ts'

interface TransactionRow {
  seq: number
  id: string
  author: string
  timestamp: string
  mutations: string
}

interface ChangeRow {
  document_id: string
  transition: Transition
  previous_rev: string | null
  mutation_indexes: string
  effect_apply: string | null
  effect_revert: string | null
}

/** Reads the transaction log as the history API and the listener's resume need it. */
export class TransactionReader {
  private readonly db: Database.Database
  private readonly revisions: RevisionReader
  private readonly changesOf: Database.Statement<[number], ChangeRow>
  private readonly seqOf: Database.Statement<[string], {seq: number}>
  private readonly after: Database.Statement<[number, number], TransactionRow>
  private readonly authorsOf: Database.Statement<[string, string], {author: string}>
  private readonly firstChange: Database.Statement<[string], {transition: Transition}>

  constructor(db: Database.Database, revisions: RevisionReader) {
    this.db = db
    this.revisions = revisions
    this.changesOf = db.prepare(
      `SELECT document_id, transition, previous_rev, mutation_indexes, effect_apply, effect_revert
       FROM transaction_documents WHERE seq = ? ORDER BY position`,
    )
    this.seqOf = db.prepare('SELECT seq FROM transactions WHERE id = ?')
    this.after = db.prepare(
      'SELECT seq, id, author, timestamp, mutations FROM transactions WHERE seq > ? ORDER BY seq LIMIT ?',
    )
    this.authorsOf = db.prepare(
      `SELECT t.author FROM transaction_documents d JOIN transactions t ON t.seq = d.seq
       WHERE d.document_id = ? AND t.timestamp > ? GROUP BY t.author ORDER BY MIN(t.seq)`,
    )
    this.firstChange = db.prepare(
      'SELECT transition FROM transaction_documents WHERE document_id = ? ORDER BY seq LIMIT 1',
    )
  }

  /** The lines of `GET /data/history/{ds}/transactions/{ids}`, oldest first unless `reverse`. */
  transactions(ids: string[], query: HistoryQuery = {}): HistoryTransaction[] {
    if (ids.length === 0) return []
    const where = [
      `t.seq IN (SELECT seq FROM transaction_documents WHERE document_id IN (${marks(ids)}))`,
    ]
    const parameters: unknown[] = [...ids]
    if (present(query.fromTransaction)) {
      where.push('t.seq >= ?')
      parameters.push(this.seqOfTransaction(query.fromTransaction, 'fromTransaction'))
    }
    if (present(query.toTransaction)) {
      where.push('t.seq <= ?')
      parameters.push(this.seqOfTransaction(query.toTransaction, 'toTransaction'))
    }
    if (present(query.fromTime)) {
      where.push('t.timestamp >= ?')
      parameters.push(normalizeTime(query.fromTime, 'fromTime'))
    }
    if (present(query.toTime)) {
      where.push('t.timestamp <= ?')
      parameters.push(normalizeTime(query.toTime, 'toTime'))
    }
    if (query.authors && query.authors.length > 0) {
      where.push(`t.author IN (${marks(query.authors)})`)
      parameters.push(...query.authors)
    }
    const limit = query.limit !== undefined && query.limit >= 0 ? Math.floor(query.limit) : -1
    const rows = this.db
      .prepare<unknown[], TransactionRow>(
        `SELECT t.seq, t.id, t.author, t.timestamp, t.mutations FROM transactions t
         WHERE ${where.join(' AND ')} ORDER BY t.seq ${query.reverse ? 'DESC' : 'ASC'} LIMIT ?`,
      )
      .all(...parameters, limit)

    const requested = new Set(ids)
    return rows.map((row) => {
      const changes = this.changesOf
        .all(row.seq)
        .filter(
          (change) => !query.includeIdentifiedDocumentsOnly || requested.has(change.document_id),
        )
      const effects: Record<string, MendozaEffects> = {}
      for (const change of changes) {
        effects[change.document_id] = this.effectsOf(change, row.seq)
      }
      return {
        id: row.id,
        timestamp: row.timestamp,
        author: row.author,
        documentIDs: changes.map((change) => change.document_id),
        ...(query.excludeMutations ? {} : {mutations: JSON.parse(row.mutations) as unknown[]}),
        effects,
      }
    })
  }

  /** Logged transactions after `seq`, with every document rebuilt before and after. */
  transactionsSince(seq: number, limit = 1000): CommittedTransaction[] {
    return this.after.all(seq, limit).map((row) => {
      const mutations = JSON.parse(row.mutations) as unknown[]
      const changes = this.changesOf.all(row.seq).map((change): DocumentChange => {
        const id = change.document_id
        const before =
          change.transition === 'appear' ? null : this.revisions.stateBefore(id, row.seq)
        const after =
          change.transition === 'disappear'
            ? null
            : (this.revisions.stateAfter(id, row.seq) ?? null)
        return {
          id,
          transition: change.transition,
          ...(change.previous_rev === null ? {} : {previousRev: change.previous_rev}),
          ...(change.transition === 'disappear' ? {} : {resultRev: row.id}),
          before,
          after,
          mutations: mutationsAt(mutations, change.mutation_indexes),
          effects: storedEffects(change) ?? effectsBetween(before, after),
        }
      })
      return {
        id: row.id,
        author: row.author,
        timestamp: row.timestamp,
        changes,
        results: changes.map((change) => ({
          id: change.id,
          operation:
            change.transition === 'appear'
              ? 'create'
              : change.transition === 'disappear'
                ? 'delete'
                : 'update',
        })),
        seq: row.seq,
      }
    })
  }

  authorsSince(
    id: string,
    sinceTime: string | undefined,
    exists: boolean,
  ): {authors: string[]; complete: boolean} {
    const since = present(sinceTime) ? normalizeTime(sinceTime, 'sinceTime') : ''
    const authors = this.authorsOf.all(id, since).map((row) => row.author)
    const first = this.firstChange.get(id)
    // The log reaches back far enough when it holds the document's creation (or the document never existed).
    const complete = first ? first.transition === 'appear' : !exists
    return {authors, complete}
  }

  /** An update's stored patches; an appear's or disappear's, from the revision that exists. */
  private effectsOf(change: ChangeRow, seq: number): MendozaEffects {
    const stored = storedEffects(change)
    if (stored) return stored
    const id = change.document_id
    return change.transition === 'appear'
      ? effectsBetween(null, this.revisions.stateAfter(id, seq) ?? null)
      : effectsBetween(this.revisions.stateBefore(id, seq), null)
  }

  private seqOfTransaction(id: string, parameter: string): number {
    const seq = this.seqOf.get(id)?.seq
    if (seq === undefined) {
      throw new LakeError({
        status: 404,
        type: 'transactionNotFoundError',
        description: `${parameter} "${id}" is not a transaction in this dataset's history; use an id from an earlier history response`,
        details: {id},
      })
    }
    return seq
  }
}

const marks = (values: unknown[]) => values.map(() => '?').join(', ')

const present = (value: string | undefined): value is string => value !== undefined && value !== ''

function storedEffects(change: ChangeRow): MendozaEffects | undefined {
  if (change.effect_apply === null || change.effect_revert === null) return undefined
  return {
    apply: JSON.parse(change.effect_apply) as unknown[],
    revert: JSON.parse(change.effect_revert) as unknown[],
  }
}
