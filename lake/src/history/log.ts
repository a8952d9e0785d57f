import type Database from 'better-sqlite3'
import {SNAPSHOT_INTERVAL} from '../store/schema.ts'
import type {CommittedTransaction, DocumentChange} from '../store/types.ts'
import {withoutRev} from './effects.ts'

interface SnapshotState {
  lastSnapshot: number | null
  since: number
}

/** Appends committed transactions to the log tables (see schema.ts for the layout). */
export class TransactionLogWriter {
  private readonly insertTransaction: Database.Statement<[string, string, string, string, string]>
  private readonly insertChange: Database.Statement<
    [
      string,
      number,
      number,
      string,
      string | null,
      string | null,
      string,
      string,
      string,
      string | null,
    ]
  >
  private readonly snapshotState: Database.Statement<[string, string], SnapshotState>

  constructor(db: Database.Database) {
    this.insertTransaction = db.prepare(
      'INSERT INTO transactions (id, author, timestamp, mutations, document_ids) VALUES (?, ?, ?, ?, ?)',
    )
    this.insertChange = db.prepare(
      `INSERT INTO transaction_documents (document_id, seq, position, transition, previous_rev,
         result_rev, mutations, effect_apply, effect_revert, snapshot)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    this.snapshotState = db.prepare(
      `SELECT last.seq AS lastSnapshot,
         (SELECT COUNT(*) FROM transaction_documents WHERE document_id = ? AND seq > COALESCE(last.seq, -1)) AS since
       FROM (SELECT MAX(seq) AS seq FROM transaction_documents WHERE document_id = ? AND snapshot IS NOT NULL) AS last`,
    )
  }

  /** Writes the transaction and its changes; returns its seq. Run inside the commit's SQLite transaction. */
  append(transaction: Omit<CommittedTransaction, 'seq'>, mutations: unknown[]): number {
    const {changes} = transaction
    const info = this.insertTransaction.run(
      transaction.id,
      transaction.author,
      transaction.timestamp,
      JSON.stringify(mutations),
      JSON.stringify(changes.map((change) => change.id)),
    )
    const seq = Number(info.lastInsertRowid)
    changes.forEach((change, position) => {
      this.insertChange.run(
        change.id,
        seq,
        position,
        change.transition,
        change.previousRev ?? null,
        change.resultRev ?? null,
        JSON.stringify(change.mutations),
        JSON.stringify(change.effects.apply),
        JSON.stringify(change.effects.revert),
        this.snapshotFor(change),
      )
    })
    return seq
  }

  private snapshotFor(change: DocumentChange): string | null {
    if (change.after === null) return null
    const state = this.snapshotState.get(change.id, change.id)
    const due =
      change.transition === 'appear' ||
      !state ||
      state.lastSnapshot === null ||
      state.since >= SNAPSHOT_INTERVAL - 1
    return due ? JSON.stringify(withoutRev(change.after)) : null
  }
}
