/*
 * The lake's SQLite layout (one file, WAL, synchronous=FULL). Readers other than the store —
 * the query worker threads — open the same file read-only and read `documents.body`.
 *
 * documents                  the current state: one row per existing document
 *   id          TEXT PK      `_id`
 *   type        TEXT         `_type`
 *   rev         TEXT         `_rev` (= id of the last transaction that wrote it)
 *   created_at  TEXT         `_createdAt`
 *   updated_at  TEXT         `_updatedAt`
 *   body        TEXT         the whole document as JSON, system fields included
 *
 * transactions               the log; one row per committed transaction that changed something
 *   seq         INTEGER PK   commit order (listener event ids and resume)
 *   id          TEXT UNIQUE  transaction id = the new `_rev` of every document it changed
 *   author      TEXT         user id of the writer
 *   timestamp   TEXT         ISO time of the commit, never earlier than the previous one
 *   mutations   TEXT         JSON array of the wire-format mutations, in order
 *   document_ids TEXT        JSON array of the changed document ids, in order
 *
 * transaction_documents      one row per document a logged transaction changed
 *   document_id TEXT         \ primary key, so one document's history is a range scan
 *   seq         INTEGER      /
 *   position    INTEGER      order within the transaction
 *   transition  TEXT         appear | update | disappear
 *   previous_rev TEXT NULL   `_rev` before (NULL when the document did not exist)
 *   result_rev  TEXT NULL    `_rev` after (NULL when deleted)
 *   mutations   TEXT         JSON array: the mutations that touched this document
 *   effect_apply  TEXT       JSON mendoza patch, before → after, both without `_rev`
 *   effect_revert TEXT       JSON mendoza patch, after → before
 *   snapshot    TEXT NULL    the whole document after this change (without `_rev`), stored on
 *                            appear and every SNAPSHOT_INTERVAL changes; other revisions are
 *                            rebuilt by applying `effect_apply` forward from the last snapshot
 */
import type Database from 'better-sqlite3'

export const SCHEMA_VERSION = 1

/** A revision is rebuilt from at most this many patches. */
export const SNAPSHOT_INTERVAL = 32

const statements = [
  `CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY NOT NULL,
    type TEXT NOT NULL,
    rev TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    body TEXT NOT NULL
  )`,
  `CREATE INDEX IF NOT EXISTS documents_by_type ON documents (type)`,
  `CREATE TABLE IF NOT EXISTS transactions (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    author TEXT NOT NULL,
    timestamp TEXT NOT NULL,
    mutations TEXT NOT NULL,
    document_ids TEXT NOT NULL
  )`,
  `CREATE INDEX IF NOT EXISTS transactions_by_time ON transactions (timestamp)`,
  `CREATE TABLE IF NOT EXISTS transaction_documents (
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
  ) WITHOUT ROWID`,
  `CREATE INDEX IF NOT EXISTS transaction_documents_by_seq ON transaction_documents (seq, position)`,
]

export class SchemaVersionError extends Error {
  constructor(file: string, found: number) {
    super(
      `${file} has lake schema version ${found}, this lake understands ${SCHEMA_VERSION}; ` +
        `export it with the lake version that wrote it, or start with a new --data folder`,
    )
    this.name = 'SchemaVersionError'
  }
}

/** Creates the tables in an empty file; refuses a file written by another schema version. */
export function ensureSchema(db: Database.Database, file: string): void {
  const found = db.pragma('user_version', {simple: true})
  if (typeof found !== 'number') throw new SchemaVersionError(file, -1)
  if (found !== 0 && found !== SCHEMA_VERSION) throw new SchemaVersionError(file, found)
  db.transaction(() => {
    for (const statement of statements) db.exec(statement)
    db.pragma(`user_version = ${SCHEMA_VERSION}`)
  }).immediate()
}
