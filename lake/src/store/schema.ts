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
 *
 * transaction_documents      one row per document a logged transaction changed (a rowid table:
 *                            rows hold whole documents, too large for WITHOUT ROWID to pack)
 *   seq         INTEGER      \ unique together, so one document's history is a range scan;
 *   document_id TEXT         /  an index on (seq, position) finds a transaction's changes
 *   position    INTEGER      order within the transaction
 *   transition  TEXT         appear | update | disappear
 *   previous_rev TEXT NULL   `_rev` before (NULL when the document did not exist); the `_rev`
 *                            after is the transaction's id unless the change is a disappear
 *   mutation_indexes TEXT    JSON array: which of the transaction's `mutations` touched this
 *                            document, so each mutation is stored once
 *   effect_apply  TEXT NULL  JSON mendoza patch, before → after, both without `_rev`; stored
 *   effect_revert TEXT NULL  for an update only: an appear's or disappear's effects are the
 *                            whole document and nothing, rebuilt from the revisions
 *   depth       INTEGER      patches from this row's replay base: 0 = the row is a base, whose
 *                            state is its snapshot; a base every SNAPSHOT_INTERVAL changes and
 *                            at every appear
 *   snapshot    TEXT NULL    on a base: the whole document after this change (without `_rev`),
 *                            except while the base is the document's current revision, whose
 *                            state is `documents.body`; it is written when the next change
 *                            comes (from that change's "before"), so a document written once is
 *                            stored once besides its mutation. Other revisions are rebuilt by
 *                            applying `effect_apply` forward from the base.
 *
 * Version 3 compacted the log (version 2 stored each change's mutations, both effects and a
 * snapshot in a WITHOUT ROWID table, about three copies of every new document); opening a
 * version-2 file converts it in place (history/upgradeLog.ts) and VACUUMs it once.
 */
import type Database from 'better-sqlite3'

export const SCHEMA_VERSION = 3

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
    mutations TEXT NOT NULL
  )`,
  `CREATE INDEX IF NOT EXISTS transactions_by_time ON transactions (timestamp)`,
  changeTable('transaction_documents'),
  ...changeIndexes(),
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

/** The version 3 change table under `name` (the upgrade fills it beside the old one). */
export function changeTable(name: string): string {
  return `CREATE TABLE IF NOT EXISTS ${name} (
    seq INTEGER NOT NULL REFERENCES transactions (seq),
    document_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    transition TEXT NOT NULL CHECK (transition IN ('appear', 'update', 'disappear')),
    previous_rev TEXT,
    mutation_indexes TEXT NOT NULL,
    effect_apply TEXT,
    effect_revert TEXT,
    depth INTEGER NOT NULL,
    snapshot TEXT
  )`
}

/** The indexes of `transaction_documents`, made after the upgrade has filled it. */
export function changeIndexes(): string[] {
  return [
    `CREATE UNIQUE INDEX IF NOT EXISTS transaction_documents_by_document
      ON transaction_documents (document_id, seq)`,
    `CREATE INDEX IF NOT EXISTS transaction_documents_by_seq ON transaction_documents (seq, position)`,
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

/** How an older file is brought up to date; both run inside the upgrade's SQLite transaction. */
export interface SchemaUpgrades {
  /** Version 1 → 2: fill `document_refs` from the bodies. */
  fillReferences: () => void
  /** Version 2 → 3: rewrite the transaction log in the compact layout. */
  compactLog: () => void
}

/**
 * Creates the tables in an empty file and upgrades a version-1 or version-2 file in place, in
 * one SQLite transaction (so an interrupted upgrade leaves the old file as it was), then
 * shrinks it; refuses a file written by any other version.
 */
export function ensureSchema(db: Database.Database, file: string, upgrades: SchemaUpgrades): void {
  const found = db.pragma('user_version', {simple: true})
  if (typeof found !== 'number') throw new SchemaVersionError(file, -1)
  if (![0, 1, 2, SCHEMA_VERSION].includes(found)) throw new SchemaVersionError(file, found)
  if (found === SCHEMA_VERSION) return
  db.transaction(() => {
    if (found === 0) {
      for (const statement of statements) db.exec(statement)
    } else {
      if (found === 1) {
        for (const statement of documentColumnsV2()) db.exec(statement)
        upgrades.fillReferences()
      }
      upgrades.compactLog()
    }
    db.pragma(`user_version = ${SCHEMA_VERSION}`)
  }).immediate()
  if (found !== 0) reclaimFreedPages(db, file)
}

/**
 * The upgrade to version 3 frees most of the old log's pages; VACUUM hands them back to the
 * disk once. The file is correct without it, so a failure (another process holds the file, no
 * room for the rewrite) only warns.
 */
function reclaimFreedPages(db: Database.Database, file: string): void {
  try {
    db.exec('VACUUM')
    db.pragma('wal_checkpoint(TRUNCATE)')
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    console.warn(
      `lake: upgraded ${file} to schema version ${SCHEMA_VERSION} but could not shrink it (${reason}); ` +
        `it works as it is and reuses the freed space as it grows`,
    )
  }
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
