import Database from 'better-sqlite3'
import {asInDrafts, type Perspective} from '../perspective.ts'
import {remember} from '../remember.ts'
import {hasTextIndex} from '../../store/textIndex.ts'
import {isVersionOf, pathPatternRegExp} from './condition.ts'
import type {ConditionContext} from './logic.ts'
import {join, sqlTrue, type Sql} from './sql.ts'

export type Doc = {_id: string; [key: string]: unknown}

/** One ORDER BY term: a column of `documents` and a direction. */
export interface OrderTerm {
  column: string
  descending: boolean
}

export interface RowQuery {
  where: Sql
  order?: OrderTerm[]
  limit?: number
  offset?: number
}

/** The rows a perspective shows, as SQL over `documents`. */
function perspectiveCondition(perspective: Perspective): string {
  if (perspective === 'raw') return '1'
  if (perspective === 'published') return `documents.kind = 'p'`
  return `(documents.kind = 'd' OR (documents.kind = 'p' AND NOT EXISTS (
    SELECT 1 FROM documents AS draft WHERE draft.id = 'drafts.' || documents.id)))`
}

/** Prepared statements and compiled path patterns kept per worker. */
const cacheLimit = 256

/** A field compared by value in the SQL the pushdown wrote: `json_extract(body, '$.a.b')`. */
const fieldComparison =
  /json_extract\(body, '\$\.([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)'\)/g

/**
 * Reads documents for queries straight from the lake's SQLite file (read-only, its own
 * connection): candidate rows by SQL condition, ordered and limited when asked, counts, and
 * single documents by id for dereferencing. Documents come back as the perspective shows them.
 */
export class DocumentSource {
  private readonly db: Database.Database
  private readonly statements = new Map<string, Database.Statement>()
  /** Documents read and parsed so far (what the pushdown saves is visible here). */
  documentsRead = 0
  /** Field paths compared by value, reported once each (`takeFieldPaths`). */
  private readonly seenPaths = new Set<string>()
  private newPaths: string[] = []
  /** Whether the file has the full-text index `match` is narrowed by. */
  private readonly textIndex: boolean

  constructor(dbPath: string) {
    this.db = new Database(dbPath, {readonly: true, fileMustExist: true})
    const patterns = new Map<string, RegExp>()
    this.db.function('groq_path_match', {deterministic: true}, (pattern, value) => {
      if (typeof pattern !== 'string' || typeof value !== 'string') return 0
      const regExp = remember(patterns, cacheLimit, pattern, () => pathPatternRegExp(pattern))
      return regExp.test(value) ? 1 : 0
    })
    this.db.function('groq_version_of', {deterministic: true}, (base, id) =>
      typeof base === 'string' && typeof id === 'string' && isVersionOf(base, id) ? 1 : 0,
    )
    this.textIndex = hasTextIndex(this.db)
  }

  context(perspective: Perspective): ConditionContext {
    const textIndex = this.textIndex
    return perspective === 'drafts'
      ? {idColumn: 'pub_id', originalIdColumn: 'id', textIndex}
      : {idColumn: 'id', originalIdColumn: null, textIndex}
  }

  /** Runs `body` in one read transaction, so every read sees the same committed state. */
  async reading<T>(body: () => Promise<T>): Promise<T> {
    this.db.exec('BEGIN')
    try {
      return await body()
    } finally {
      this.db.exec('COMMIT')
    }
  }

  private statement(text: string): Database.Statement {
    return remember(this.statements, cacheLimit, text, () => this.db.prepare(text))
  }

  private where(perspective: Perspective, condition: Sql): Sql {
    for (const [, fieldPath] of condition.text.matchAll(fieldComparison)) {
      if (!fieldPath || this.seenPaths.has(fieldPath)) continue
      this.seenPaths.add(fieldPath)
      this.newPaths.push(fieldPath)
    }
    return join('AND', [{text: perspectiveCondition(perspective), params: []}, condition])
  }

  /**
   * The field paths first compared by value since the last call: the lake indexes them, so a
   * filter on any field becomes an index lookup without configuration.
   */
  takeFieldPaths(): string[] {
    const paths = this.newPaths
    this.newPaths = []
    return paths
  }

  /** Documents matching `where`, in `_id` order after any `order` terms. */
  rows(perspective: Perspective, query: RowQuery): Doc[] {
    const idColumn = this.context(perspective).idColumn
    const where = this.where(perspective, query.where)
    const order = [
      ...(query.order ?? []).map((term) => `${term.column}${term.descending ? ' DESC' : ''}`),
      idColumn,
    ].join(', ')
    const limit =
      query.limit === undefined
        ? ''
        : ` LIMIT ${query.limit}${query.offset ? ` OFFSET ${query.offset}` : ''}`
    const bodies = query.order?.length
      ? this.orderedBodies(`FROM documents WHERE ${where.text} ORDER BY ${order}${limit}`, where)
      : (this.statement(`SELECT body FROM documents WHERE ${where.text} ORDER BY ${order}${limit}`)
          .pluck()
          .all(...where.params) as string[])
    this.documentsRead += bodies.length
    return bodies.map((body) => shown(perspective, body))
  }

  /**
   * Bodies in an order beyond `_id`: row ids first, then the bodies of those rows. Sorting
   * bodies would read every one with an equal leading key (the index gives `_updatedAt`, the
   * sort breaks ties by id), as many as a thousand for one transaction's documents.
   */
  private orderedBodies(rest: string, where: Sql): string[] {
    const rowids = this.statement(`SELECT documents.rowid ${rest}`)
      .pluck()
      .all(...where.params) as number[]
    if (rowids.length === 0) return []
    const bodies = new Map(
      (
        this.statement(
          `SELECT rowid, body FROM documents WHERE rowid IN (SELECT value FROM json_each(?))`,
        )
          .raw()
          .all(JSON.stringify(rowids)) as Array<[number, string]>
      ).map(([rowid, body]) => [rowid, body]),
    )
    return rowids.flatMap((rowid) => bodies.get(rowid) ?? [])
  }

  count(perspective: Perspective, condition: Sql): number {
    const where = this.where(perspective, condition)
    const row = this.statement(`SELECT count(*) AS n FROM documents WHERE ${where.text}`).get(
      ...where.params,
    ) as {n: number}
    return row.n
  }

  /**
   * Which of `ids` (as the perspective names documents) satisfy `condition`. The ids go in as
   * one JSON array, so the statement is prepared once for any number of them; the rows are
   * looked up by id first (a materialized CTE), since the planner, lacking statistics, would
   * rather scan every document of a type the condition names.
   */
  idsWhere(perspective: Perspective, condition: Sql, ids: string[]): Set<string> {
    const idColumn = this.context(perspective).idColumn
    const where = this.where(perspective, condition)
    const text = `WITH page AS MATERIALIZED (SELECT rowid, * FROM documents
        WHERE ${idColumn} IN (SELECT value FROM json_each(?)))
      SELECT ${idColumn} FROM page AS documents WHERE ${where.text}`
    const found = this.statement(text)
      .pluck()
      .all(JSON.stringify(ids), ...where.params) as string[]
    return new Set(found)
  }

  /** The document with `_id` == `id` in the perspective (what `->` follows). */
  byId(perspective: Perspective, id: string): Doc | null {
    const idColumn = this.context(perspective).idColumn
    const where = this.where(perspective, {text: `${idColumn} = ?`, params: [id]})
    const body = this.statement(`SELECT body FROM documents WHERE ${where.text}`)
      .pluck()
      .get(...where.params) as string | undefined
    if (body === undefined) return null
    this.documentsRead += 1
    return shown(perspective, body)
  }

  /** Every stored document, raw, in `_id` order (the fallback for restricted readers). */
  all(): Doc[] {
    return this.rows('raw', {where: sqlTrue})
  }

  close(): void {
    this.db.close()
  }
}

/** A stored row as the perspective shows it: drafts overlay under the published id. */
function shown(perspective: Perspective, body: string): Doc {
  const doc = JSON.parse(body) as Doc
  return perspective === 'drafts' ? asInDrafts(doc) : doc
}
