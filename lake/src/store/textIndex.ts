import type Database from 'better-sqlite3'

/*
 * The full-text index the query pushdown narrows `match` and `text::query()` candidates with
 * (`query/pushdown/textMatch.ts`); the JavaScript matchers still decide every candidate, so the
 * index only has to find a superset of the documents they match.
 *
 * documents_text     FTS5, contentless (it stores no text, only which rows hold what)
 *   rowid            = documents.rowid
 *   text             the document's string values, kept by triggers on `documents`
 *
 * It indexes trigrams: any three characters in a row, case folded. A word or phrase either
 * matcher accepts is a substring of the document's text, so it holds every trigram of that
 * substring, however the matchers split words (SQLite's word tokenizer glues combining marks
 * into words where JavaScript's `\p{L}` splits them). `detail=none` keeps no positions, only
 * which rows hold each trigram: about 17 MB for 100k synthetic documents.
 *
 * What goes in: every string in the body whose own key does not start with `_` (or is `_id`),
 * as the lake's `text::query()` matcher reads a document; a string with dots also once without
 * them, since groq-js's `match` joins `M54.3` into one word `M543`. `İ` and the Kelvin sign are
 * written as JavaScript lowercases them (`i̇`, `k`).
 */

export const TEXT_INDEX_TABLE = 'documents_text'

const documentText = (body: string) => `(
  SELECT group_concat(
    CASE WHEN instr(value, '.') THEN value || ' ' || replace(value, '.', '') ELSE value END, ' ')
  FROM (SELECT replace(replace(field.value, 'İ', 'i' || char(775)), char(8490), 'k') AS value
    FROM json_tree(${body}) AS field
    WHERE field.type = 'text'
      AND NOT (typeof(field.key) = 'text' AND field.key GLOB '_*' AND field.key <> '_id')))`

const statements = [
  `CREATE VIRTUAL TABLE ${TEXT_INDEX_TABLE} USING fts5(text, content = '', contentless_delete = 1,
    detail = none, tokenize = 'trigram')`,
  `CREATE TRIGGER documents_text_insert AFTER INSERT ON documents BEGIN
    INSERT INTO ${TEXT_INDEX_TABLE} (rowid, text) VALUES (new.rowid, ${documentText('new.body')});
  END`,
  `CREATE TRIGGER documents_text_update AFTER UPDATE OF body ON documents BEGIN
    DELETE FROM ${TEXT_INDEX_TABLE} WHERE rowid = old.rowid;
    INSERT INTO ${TEXT_INDEX_TABLE} (rowid, text) VALUES (new.rowid, ${documentText('new.body')});
  END`,
  `CREATE TRIGGER documents_text_delete AFTER DELETE ON documents BEGIN
    DELETE FROM ${TEXT_INDEX_TABLE} WHERE rowid = old.rowid;
  END`,
  `INSERT INTO ${TEXT_INDEX_TABLE} (rowid, text)
    SELECT rowid, ${documentText('documents.body')} FROM documents`,
]

/** Whether the file has the full-text index (files from before it, opened read-only, lack it). */
export function hasTextIndex(db: Database.Database): boolean {
  return (
    db
      .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`)
      .get(TEXT_INDEX_TABLE) !== undefined
  )
}

/**
 * Creates the full-text index and its triggers, and fills it from the documents already there,
 * the first time a file is opened (whatever its schema version); afterwards the triggers keep
 * it in the same transaction as every write to `documents`.
 */
export function ensureTextIndex(db: Database.Database): void {
  if (hasTextIndex(db)) return
  db.transaction(() => {
    for (const statement of statements) db.exec(statement)
  }).immediate()
}
