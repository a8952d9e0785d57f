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
 *   pub_id      TEXT         generated: the id without `drafts.` (the `_id` the drafts
 *                            perspective shows)
 *   kind        TEXT         generated: p(ublished) | d(raft) | v(ersion)
 *
 * document_refs              one row per distinct `_ref` a document holds (what GROQ's
 *   ref         TEXT         \  `references()` finds), so back-references are an index lookup
 *   document_id TEXT         /  primary key (ref, document_id)
 *
 * documents_path_<path>      optional expression indexes on a field's value and JSON type,
 *                            then type and kind (`--index slug.current`), see ensurePathIndexes
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

export const SCHEMA_VERSION = 2

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
  ...documentColumnsV2(),
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

/** What version 2 adds to `documents` (also the migration from version 1). */
function documentColumnsV2(): string[] {
  return [
    `ALTER TABLE documents ADD COLUMN pub_id TEXT GENERATED ALWAYS AS
      (CASE WHEN substr(id, 1, 7) = 'drafts.' THEN substr(id, 8) ELSE id END) VIRTUAL`,
    `ALTER TABLE documents ADD COLUMN kind TEXT GENERATED ALWAYS AS
      (CASE WHEN substr(id, 1, 7) = 'drafts.' THEN 'd'
            WHEN substr(id, 1, 9) = 'versions.' THEN 'v' ELSE 'p' END) VIRTUAL`,
    `CREATE INDEX IF NOT EXISTS documents_by_pub_id ON documents (pub_id)`,
    `CREATE INDEX IF NOT EXISTS documents_by_type_updated ON documents (type, updated_at)`,
    `CREATE INDEX IF NOT EXISTS documents_by_updated ON documents (updated_at)`,
    `CREATE TABLE IF NOT EXISTS document_refs (
      ref TEXT NOT NULL,
      document_id TEXT NOT NULL,
      PRIMARY KEY (ref, document_id)
    ) WITHOUT ROWID`,
    `CREATE INDEX IF NOT EXISTS document_refs_by_document ON document_refs (document_id)`,
  ]
}

export class SchemaVersionError extends Error {
  constructor(file: string, found: number) {
    super(
      `${file} has lake schema version ${found}, this lake understands ${SCHEMA_VERSION}; ` +
        `export it with the lake version that wrote it, or start with a new --data folder`,
    )
    this.name = 'SchemaVersionError'
  }
}

/**
 * Creates the tables in an empty file and upgrades a version-1 file in place (the generated
 * columns, indexes and reference table; `fillReferences` fills the table from the bodies);
 * refuses a file written by any other version.
 */
export function ensureSchema(
  db: Database.Database,
  file: string,
  fillReferences: () => void,
): void {
  const found = db.pragma('user_version', {simple: true})
  if (typeof found !== 'number') throw new SchemaVersionError(file, -1)
  if (found !== 0 && found !== 1 && found !== SCHEMA_VERSION)
    throw new SchemaVersionError(file, found)
  if (found === SCHEMA_VERSION) return
  db.transaction(() => {
    if (found === 1) {
      for (const statement of documentColumnsV2()) db.exec(statement)
      fillReferences()
    } else {
      for (const statement of statements) db.exec(statement)
    }
    db.pragma(`user_version = ${SCHEMA_VERSION}`)
  }).immediate()
}

/** Path of an expression index: `slug.current`, `status` (attribute names joined by dots). */
export const indexedPathPattern = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/

export const pathIndexName = (fieldPath: string) =>
  `documents_path_${fieldPath.replaceAll('.', '__')}`

/** How many field-path indexes the lake creates by itself from the queries it answers. */
export const AUTOMATIC_INDEX_LIMIT = 64

/** The field paths that have an expression index in this file. */
export function indexedPaths(db: Database.Database): Set<string> {
  const names = db
    .prepare<[], string>(
      `SELECT name FROM sqlite_master WHERE type = 'index' AND name GLOB 'documents_path_*'`,
    )
    .pluck()
    .all()
  return new Set(names.map((name) => name.slice('documents_path_'.length).replaceAll('__', '.')))
}

/**
 * Creates an expression index for each path: the field's value and JSON type (what an exact
 * `path == value` checks) followed by `type` and `kind`, so a count by a field's value within a
 * type is answered from the index alone.
 */
export function ensurePathIndexes(db: Database.Database, paths: readonly string[]): void {
  for (const fieldPath of paths) {
    if (!indexedPathPattern.test(fieldPath))
      throw new Error(
        `Cannot index "${fieldPath}": name a field path like slug.current (letters, digits, _ and dots)`,
      )
    const name = pathIndexName(fieldPath)
    const at = `'$.${fieldPath}'`
    db.exec(
      `CREATE INDEX IF NOT EXISTS ${name} ON documents
        (json_extract(body, ${at}), json_type(body, ${at}), type, kind)`,
    )
  }
}
