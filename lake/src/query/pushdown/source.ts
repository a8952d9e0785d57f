import Database from 'better-sqlite3'
import type {Perspective} from '../perspective.ts'
import {isVersionOf, pathPatternRegExp, type ConditionContext} from './condition.ts'
import {join, type Sql} from './sql.ts'

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
}

/** The rows a perspective shows, as SQL over `documents`. */
function perspectiveCondition(perspective: Perspective): string {
  if (perspective === 'raw') return '1'
  if (perspective === 'published') return `documents.kind = 'p'`
  return `(documents.kind = 'd' OR (documents.kind = 'p' AND NOT EXISTS (
    SELECT 1 FROM documents AS draft WHERE draft.id = 'drafts.' || documents.id)))`
}

const statementCacheLimit = 256

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

  constructor(dbPath: string) {
    this.db = new Database(dbPath, {readonly: true, fileMustExist: true})
    const patterns = new Map<string, RegExp>()
    this.db.function('groq_path_match', {deterministic: true}, (pattern, value) => {
      if (typeof pattern !== 'string' || typeof value !== 'string') return 0
      let regExp = patterns.get(pattern)
      if (!regExp) {
        regExp = pathPatternRegExp(pattern)
        if (patterns.size > 500) patterns.clear()
        patterns.set(pattern, regExp)
      }
      return regExp.test(value) ? 1 : 0
    })
    this.db.function('groq_version_of', {deterministic: true}, (base, id) =>
      typeof base === 'string' && typeof id === 'string' && isVersionOf(base, id) ? 1 : 0,
    )
  }

  context(perspective: Perspective): ConditionContext {
    return perspective === 'drafts'
      ? {idColumn: 'pub_id', originalIdColumn: 'id'}
      : {idColumn: 'id', originalIdColumn: null}
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
    let statement = this.statements.get(text)
    if (!statement) {
      statement = this.db.prepare(text)
      if (this.statements.size >= statementCacheLimit) {
        const oldest = this.statements.keys().next().value
        if (oldest !== undefined) this.statements.delete(oldest)
      }
      this.statements.set(text, statement)
    }
    return statement
  }

  private where(perspective: Perspective, condition: Sql): Sql {
    return join('AND', [{text: perspectiveCondition(perspective), params: []}, condition])
  }

  /** Documents matching `where`, in `_id` order after any `order` terms. */
  rows(perspective: Perspective, query: RowQuery): Doc[] {
    const idColumn = this.context(perspective).idColumn
    const where = this.where(perspective, query.where)
    const order = [
      ...(query.order ?? []).map((term) => `${term.column}${term.descending ? ' DESC' : ''}`),
      idColumn,
    ].join(', ')
    const limit = query.limit === undefined ? '' : ` LIMIT ${query.limit}`
    const text = `SELECT id, body FROM documents WHERE ${where.text} ORDER BY ${order}${limit}`
    const rows = this.statement(text).all(...where.params) as Array<{id: string; body: string}>
    this.documentsRead += rows.length
    return rows.map((row) => shown(perspective, row))
  }

  count(perspective: Perspective, condition: Sql): number {
    const where = this.where(perspective, condition)
    const row = this.statement(`SELECT count(*) AS n FROM documents WHERE ${where.text}`).get(
      ...where.params,
    ) as {n: number}
    return row.n
  }

  /** The document with `_id` == `id` in the perspective (what `->` follows). */
  byId(perspective: Perspective, id: string): Doc | null {
    const idColumn = this.context(perspective).idColumn
    const where = this.where(perspective, {text: `${idColumn} = ?`, params: [id]})
    const row = this.statement(`SELECT id, body FROM documents WHERE ${where.text}`).get(
      ...where.params,
    ) as {id: string; body: string} | undefined
    if (!row) return null
    this.documentsRead += 1
    return shown(perspective, row)
  }

  /** Every stored document, raw, in `_id` order (the fallback for restricted readers). */
  all(): Doc[] {
    const rows = this.statement('SELECT id, body FROM documents ORDER BY id').all() as Array<{
      id: string
      body: string
    }>
    this.documentsRead += rows.length
    return rows.map((row) => JSON.parse(row.body) as Doc)
  }

  close(): void {
    this.db.close()
  }
}

/** A stored row as the perspective shows it: drafts overlay under the published id. */
function shown(perspective: Perspective, row: {id: string; body: string}): Doc {
  const doc = JSON.parse(row.body) as Doc
  if (perspective !== 'drafts') return doc
  if (row.id.startsWith('drafts.'))
    return {...doc, _id: row.id.slice('drafts.'.length), _originalId: row.id}
  return {...doc, _originalId: row.id}
}
