import type Database from 'better-sqlite3'
import {SNAPSHOT_INTERVAL} from '../store/schema.ts'
import type {CommittedTransaction, DocumentChange} from '../store/types.ts'
import {withoutRev} from './effects.ts'
import {MutationPositions} from './mutationIndexes.ts'

/** The newest logged change of a document, as the next change needs it. */
interface LatestChange {
  rowid: number
  depth: number
  /** 1 when the row is a base whose state is still the document's current body. */
  awaitsSnapshot: number
}

type ChangeValues = [
  number,
  string,
  number,
  string,
  string | null,
  string,
  string | null,
  string | null,
  number,
]

/** Appends committed transactions to the log tables (see schema.ts for the layout). */
export class TransactionLogWriter {
  private readonly insertTransaction: Database.Statement<[string, string, string, string]>
  private readonly insertChange: Database.Statement<ChangeValues>
  private readonly latestChange: Database.Statement<[string], LatestChange>
  private readonly writeSnapshot: Database.Statement<[string, number]>

  constructor(db: Database.Database) {
    this.insertTransaction = db.prepare(
      'INSERT INTO transactions (id, author, timestamp, mutations) VALUES (?, ?, ?, ?)',
    )
    this.insertChange = db.prepare(
      `INSERT INTO transaction_documents (seq, document_id, position, transition, previous_rev,
         mutation_indexes, effect_apply, effect_revert, depth)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    this.latestChange = db.prepare(
      `SELECT rowid, depth, (depth = 0 AND snapshot IS NULL) AS awaitsSnapshot
       FROM transaction_documents WHERE document_id = ? ORDER BY seq DESC LIMIT 1`,
    )
    this.writeSnapshot = db.prepare('UPDATE transaction_documents SET snapshot = ? WHERE rowid = ?')
  }

  /** Writes the transaction and its changes; returns its seq. Run inside the commit's SQLite transaction. */
  append(transaction: Omit<CommittedTransaction, 'seq'>, mutations: unknown[]): number {
    const info = this.insertTransaction.run(
      transaction.id,
      transaction.author,
      transaction.timestamp,
      JSON.stringify(mutations),
    )
    const seq = Number(info.lastInsertRowid)
    const positions = new MutationPositions(mutations)
    transaction.changes.forEach((change, position) => {
      const stored = change.transition === 'update'
      this.insertChange.run(
        seq,
        change.id,
        position,
        change.transition,
        change.previousRev ?? null,
        JSON.stringify(positions.indexesOf(change.mutations, change.id)),
        stored ? JSON.stringify(change.effects.apply) : null,
        stored ? JSON.stringify(change.effects.revert) : null,
        this.depthOf(change),
      )
    })
    return seq
  }

  /**
   * The new row's depth. The document's newest row stops being its current revision now, so a
   * base still waiting for its snapshot gets one: the state before this change.
   */
  private depthOf(change: DocumentChange): number {
    if (change.before === null) return 0
    const latest = this.latestChange.get(change.id)
    if (!latest) return 0
    if (latest.awaitsSnapshot === 1) {
      this.writeSnapshot.run(JSON.stringify(withoutRev(change.before)), latest.rowid)
    }
    const depth = latest.depth + 1
    return change.after !== null && depth >= SNAPSHOT_INTERVAL ? 0 : depth
  }
}
