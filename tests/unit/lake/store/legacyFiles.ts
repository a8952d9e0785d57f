import {createRequire} from 'node:module'
import {withoutRev} from '../../../../lake/src/history/effects.ts'
import type {CommittedTransaction} from '../../../../lake/src/store/types.ts'

/** better-sqlite3 as the lake resolves it; the query workers open the file this way. */
export interface Connection {
  pragma(source: string, options?: {simple: boolean}): unknown
  prepare(source: string): {
    all(...parameters: unknown[]): unknown[]
    get(...parameters: unknown[]): unknown
    run(...parameters: unknown[]): unknown
  }
  exec(source: string): void
  close(): void
}
type ConnectionClass = new (file: string, options?: {readonly?: boolean}) => Connection
export const Database = createRequire(new URL('../../../../lake/package.json', import.meta.url))(
  'better-sqlite3',
) as ConnectionClass

/** The log as schema version 2 laid it out, written here by hand so the test does not depend on the lake's own DDL. */
const version2Log = `
  CREATE TABLE transactions (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    author TEXT NOT NULL,
    timestamp TEXT NOT NULL,
    mutations TEXT NOT NULL,
    document_ids TEXT NOT NULL
  );
  CREATE INDEX transactions_by_time ON transactions (timestamp);
  CREATE TABLE transaction_documents (
    document_id TEXT NOT NULL,
    seq INTEGER NOT NULL REFERENCES transactions (seq),
    position INTEGER NOT NULL,
    transition TEXT NOT NULL CHECK (transition IN ('appear', 'update', 'disappear')),
    previous_rev TEXT,
    result_rev TEXT,
    mutations TEXT NOT NULL,
    effect_apply TEXT NOT NULL,
    effect_revert TEXT NOT NULL,
    snapshot TEXT,
    PRIMARY KEY (document_id, seq)
  ) WITHOUT ROWID;
  CREATE INDEX transaction_documents_by_seq ON transaction_documents (seq, position);`

interface MutationsRow {
  seq: number
  mutations: string
}

/** Version 2 stored a snapshot on appear and every 32nd change of a document. */
const version2SnapshotInterval = 32

/**
 * Replaces the log of a closed lake file with a version-2 log of `committed` (the transactions
 * as the commits returned them, not as any log reads them back), and marks the file version 2.
 * The documents table is the same in both versions and stays.
 */
export function rewriteAsVersion2(file: string, committed: CommittedTransaction[]): void {
  const connection = new Database(file)
  try {
    // The transaction's own mutation list (mutations that changed nothing included) is the same
    // column in both versions.
    const mutationsBySeq = new Map(
      (connection.prepare('SELECT seq, mutations FROM transactions').all() as MutationsRow[]).map(
        (row) => [row.seq, row.mutations],
      ),
    )
    connection.exec(`DROP TABLE transaction_documents; DROP TABLE transactions; ${version2Log}`)
    const insertTransaction = connection.prepare(
      'INSERT INTO transactions (seq, id, author, timestamp, mutations, document_ids) VALUES (?, ?, ?, ?, ?, ?)',
    )
    const insertChange = connection.prepare(
      `INSERT INTO transaction_documents (document_id, seq, position, transition, previous_rev,
         result_rev, mutations, effect_apply, effect_revert, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    const sinceSnapshot = new Map<string, number>()
    for (const transaction of committed) {
      const ids = transaction.changes.map((change) => change.id)
      insertTransaction.run(
        transaction.seq,
        transaction.id,
        transaction.author,
        transaction.timestamp,
        mutationsBySeq.get(transaction.seq),
        JSON.stringify(ids),
      )
      transaction.changes.forEach((change, position) => {
        const since = sinceSnapshot.get(change.id)
        const due =
          change.after !== null &&
          (change.transition === 'appear' ||
            since === undefined ||
            since >= version2SnapshotInterval - 1)
        sinceSnapshot.set(change.id, due ? 0 : (since ?? 0) + 1)
        insertChange.run(
          change.id,
          transaction.seq,
          position,
          change.transition,
          change.previousRev ?? null,
          change.resultRev ?? null,
          JSON.stringify(change.mutations),
          JSON.stringify(change.effects.apply),
          JSON.stringify(change.effects.revert),
          due ? JSON.stringify(withoutRev(change.after)) : null,
        )
      })
    }
    connection.pragma('user_version = 2')
  } finally {
    connection.close()
  }
}
