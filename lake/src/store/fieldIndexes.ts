import type Database from 'better-sqlite3'
import {indexedPathPattern, indexedPaths} from './schema.ts'

/*
 * Beside each field-path index (`ensurePathIndexes` in schema.ts: the field's value first, for
 * `path == value` on any type), one that starts with `type`: GROQ filters name a `_type` almost
 * always, and SQLite can seek an index by equality on its leading columns and a range on the
 * next one only. With it, `_type == "citation" && year >= 2000`, `… && defined(retractedAt)` and
 * counts within a type are one index range; without it the planner, lacking statistics, prefers
 * the type index and reads every document of the type.
 */

export const typedIndexName = (fieldPath: string) =>
  `documents_by_type_path_${fieldPath.replaceAll('.', '__')}`

/** Creates the type-first index for each path (as `ensurePathIndexes`, same path rules). */
export function ensureTypedPathIndexes(db: Database.Database, paths: Iterable<string>): void {
  for (const fieldPath of paths) {
    if (!indexedPathPattern.test(fieldPath))
      throw new Error(
        `Cannot index "${fieldPath}": name a field path like slug.current (letters, digits, _ and dots)`,
      )
    const at = `'$.${fieldPath}'`
    db.exec(
      `CREATE INDEX IF NOT EXISTS ${typedIndexName(fieldPath)} ON documents
        (type, json_extract(body, ${at}), json_type(body, ${at}), kind)`,
    )
  }
}

/** The type-first indexes for every path the file already has an index for (files from before). */
export const ensureTypedIndexesForIndexedPaths = (db: Database.Database) =>
  ensureTypedPathIndexes(db, indexedPaths(db))
