import type Database from 'better-sqlite3'
import {changeIndexes, changeTable} from '../store/schema.ts'
import type {Transition} from '../store/types.ts'
import {MutationPositions} from './mutationIndexes.ts'

/** A version-2 `transaction_documents` row. */
interface V2Change {
  document_id: string
  position: number
  transition: Transition
  previous_rev: string | null
  mutations: string
  effect_apply: string
  effect_revert: string
  snapshot: string | null
}

/** The table the version-3 rows are written to before it replaces the old one. */
const staging = 'transaction_documents_v3'

/**
 * Rewrites a version-2 log in the version-3 layout (schema.ts), inside the caller's SQLite
 * transaction: the same changes, bases and patches, with each mutation stored once, an
 * appear's or disappear's effects left to be rebuilt, and no snapshot of a current revision.
 * Runs transaction by transaction, so memory stays at one transaction's mutations.
 */
export function upgradeLogToV3(db: Database.Database): void {
  db.exec(changeTable(staging))
  const transactions = db
    .prepare<[], {seq: number; id: string}>('SELECT seq, id FROM transactions ORDER BY seq')
    .all()
  const mutationsOf = db
    .prepare<[number], string>('SELECT mutations FROM transactions WHERE seq = ?')
    .pluck()
  const changesOf = db.prepare<[number], V2Change>(
    `SELECT document_id, position, transition, previous_rev, mutations, effect_apply,
       effect_revert, snapshot
     FROM transaction_documents WHERE seq = ? ORDER BY position`,
  )
  const currentRev = db.prepare<[string], string>('SELECT rev FROM documents WHERE id = ?').pluck()
  const insert = db.prepare(
    `INSERT INTO ${staging} (seq, document_id, position, transition, previous_rev,
       mutation_indexes, effect_apply, effect_revert, depth, snapshot)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const depths = new Map<string, number>()

  for (const {seq, id} of transactions) {
    const mutations = (JSON.parse(mutationsOf.get(seq) ?? '[]') as unknown[]).map(asJson)
    const positions = new MutationPositions(mutations)
    for (const change of changesOf.all(seq)) {
      const documentId = change.document_id
      const depth = change.snapshot === null ? (depths.get(documentId) ?? 0) + 1 : 0
      depths.set(documentId, depth)
      const touched = (JSON.parse(change.mutations) as unknown[]).map(asJson)
      const stored = change.transition === 'update'
      const isCurrent = currentRev.get(documentId) === id
      insert.run(
        seq,
        documentId,
        change.position,
        change.transition,
        change.previous_rev,
        JSON.stringify(positions.indexesOf(touched, documentId)),
        stored ? change.effect_apply : null,
        stored ? change.effect_revert : null,
        depth,
        isCurrent ? null : change.snapshot,
      )
    }
  }

  db.exec('DROP TABLE transaction_documents')
  db.exec(`ALTER TABLE ${staging} RENAME TO transaction_documents`)
  for (const statement of changeIndexes()) db.exec(statement)
  db.exec('ALTER TABLE transactions DROP COLUMN document_ids')
}

/** Mutations compared by value: the same JSON a version-2 change and its transaction stored. */
const asJson = (value: unknown) => JSON.stringify(value)
