import type Database from 'better-sqlite3'
import {referencedIds} from './references.ts'
import type {SanityDocument} from './types.ts'

/**
 * The `documents` table: the current state, one JSON body per existing document, and beside it
 * `document_refs`, the ids each body references (kept in the same transaction as the body).
 */
export class DocumentTable {
  private readonly selectOne: Database.Statement<[string], {body: string}>
  private readonly selectAll: Database.Statement<[], {body: string}>
  private readonly upsert: Database.Statement<[string, string, string, string, string, string]>
  private readonly remove: Database.Statement<[string]>
  private readonly removeRefs: Database.Statement<[string]>
  private readonly insertRef: Database.Statement<[string, string]>

  constructor(db: Database.Database) {
    this.selectOne = db.prepare('SELECT body FROM documents WHERE id = ?')
    this.selectAll = db.prepare('SELECT body FROM documents ORDER BY id')
    this.upsert = db.prepare(
      `INSERT INTO documents (id, type, rev, created_at, updated_at, body) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET type = excluded.type, rev = excluded.rev,
         created_at = excluded.created_at, updated_at = excluded.updated_at, body = excluded.body`,
    )
    this.remove = db.prepare('DELETE FROM documents WHERE id = ?')
    this.removeRefs = db.prepare('DELETE FROM document_refs WHERE document_id = ?')
    this.insertRef = db.prepare('INSERT INTO document_refs (ref, document_id) VALUES (?, ?)')
  }

  get(id: string): SanityDocument | undefined {
    const row = this.selectOne.get(id)
    return row ? (JSON.parse(row.body) as SanityDocument) : undefined
  }

  all(): SanityDocument[] {
    return this.selectAll.all().map((row) => JSON.parse(row.body) as SanityDocument)
  }

  /** `json` is `document` serialized (the caller already measured it against the limits). */
  put(document: SanityDocument, json: string): void {
    const {_id, _type, _rev, _createdAt, _updatedAt} = document
    this.upsert.run(_id, _type, _rev, _createdAt, _updatedAt, json)
    this.writeReferences(_id, document)
  }

  delete(id: string): void {
    this.remove.run(id)
    this.removeRefs.run(id)
  }

  /** Rebuilds every document's references (the upgrade from schema version 1). */
  fillReferences(): void {
    for (const document of this.all()) this.writeReferences(document._id, document)
  }

  private writeReferences(id: string, document: SanityDocument): void {
    this.removeRefs.run(id)
    for (const ref of referencedIds(document)) this.insertRef.run(ref, id)
  }
}
