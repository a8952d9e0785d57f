import Database from 'better-sqlite3'
import type {Grant} from '../auth/roles.ts'
import {expressionFilter} from './documentFilter.ts'
import {applyPerspective, type Perspective} from './perspective.ts'

type Doc = {_id: string; [key: string]: unknown}

/** More changed documents than this since the last refresh: reading everything is cheaper. */
const reloadThreshold = 500

/**
 * A query worker's in-memory copy of the documents, read through its own read-only SQLite
 * connection and brought up to date by reading only the rows the transaction log says changed.
 */
export class DocumentSnapshot {
  private readonly db: Database.Database
  private readonly byId = new Map<string, Doc>()
  private sorted: Doc[] = []
  private seq = 0
  /** Bumped on every change, so derived views (perspectives, readable sets) know to rebuild. */
  private version = 0
  private readonly views = new Map<string, {version: number; docs: Doc[]}>()

  constructor(dbPath: string) {
    this.db = new Database(dbPath, {readonly: true, fileMustExist: true})
    this.reloadAll()
  }

  private readonly lastSeq = () =>
    (
      this.db.prepare('SELECT coalesce(max(seq), 0) AS seq FROM transactions').get() as {
        seq: number
      }
    ).seq

  private reloadAll(): void {
    this.db.transaction(() => {
      this.seq = this.lastSeq()
      this.byId.clear()
      for (const row of this.db.prepare('SELECT body FROM documents').iterate()) {
        const doc = JSON.parse((row as {body: string}).body) as Doc
        this.byId.set(doc._id, doc)
      }
    })()
    this.changed()
  }

  private changed(): void {
    this.sorted = [...this.byId.values()].sort((a, b) => (a._id < b._id ? -1 : 1))
    this.version += 1
  }

  /** Makes sure every transaction up to `seq` is visible. */
  refresh(seq: number): void {
    if (this.seq >= seq) return
    let reload = false
    this.db.transaction(() => {
      const latest = this.lastSeq()
      if (latest < this.seq) {
        reload = true
        return
      }
      const ids = this.db
        .prepare('SELECT DISTINCT document_id AS id FROM transaction_documents WHERE seq > ?')
        .pluck()
        .all(this.seq) as string[]
      if (ids.length > reloadThreshold) {
        reload = true
        return
      }
      const read = this.db.prepare('SELECT body FROM documents WHERE id = ?').pluck()
      for (const id of ids) {
        const body = read.get(id) as string | undefined
        if (body === undefined) this.byId.delete(id)
        else this.byId.set(id, JSON.parse(body) as Doc)
      }
      this.seq = latest
    })()
    if (reload) this.reloadAll()
    else this.changed()
  }

  private view(key: string, build: () => Doc[]): Doc[] {
    const cached = this.views.get(key)
    if (cached && cached.version === this.version) return cached.docs
    const docs = build()
    this.views.set(key, {version: this.version, docs})
    return docs
  }

  /** The documents `grants` let `identity` read, seen in `perspective`. */
  documents(perspective: Perspective, grants: Grant[], identity: string | undefined): Doc[] {
    const readGrants = grants.filter((grant) => grant.permissions.includes('read'))
    const grantsKey = `${identity ?? ''}\u0000${JSON.stringify(readGrants.map((g) => g.filter))}`
    const readable = this.view(`read\u0000${grantsKey}`, () => {
      if (readGrants.some((grant) => grant.filter === '_id in path("**")')) return this.sorted
      const filters = readGrants.map((grant) => expressionFilter(grant.filter))
      return this.sorted.filter((doc) => filters.some((f) => f.matchesNow(doc, {identity})))
    })
    return this.view(`${perspective}\u0000${grantsKey}`, () =>
      applyPerspective(readable, perspective),
    )
  }

  close(): void {
    this.db.close()
  }
}
