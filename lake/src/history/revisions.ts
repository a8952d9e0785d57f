import type Database from 'better-sqlite3'
import type {SanityDocument, Transition} from '../store/types.ts'
import {applyEffect, type RevisionlessDocument} from './effects.ts'
import {normalizeTime} from './time.ts'

interface TargetRow {
  transition: Transition
  /** The transaction's id: the document's `_rev` after the change. */
  rev: string
}

interface ReplayRow {
  depth: number
  effect_apply: string | null
  snapshot: string | null
}

/**
 * Rebuilds past revisions from the log: the current revision is `documents.body`; an older one
 * is its base's snapshot with `effect_apply` applied forward (schema.ts).
 */
export class RevisionReader {
  private readonly target: Database.Statement<[string, number], TargetRow>
  private readonly current: Database.Statement<[string], {rev: string; body: string}>
  private readonly replayRows: Database.Statement<[string, number, string, number], ReplayRow>
  private readonly seqOfTransaction: Database.Statement<[string], {seq: number}>
  private readonly lastChangeAtTime: Database.Statement<[string, string], {seq: number}>
  private readonly previousChange: Database.Statement<[string, number], {seq: number | null}>

  constructor(db: Database.Database) {
    this.target = db.prepare(
      `SELECT d.transition, t.id AS rev FROM transaction_documents d JOIN transactions t ON t.seq = d.seq
       WHERE d.document_id = ? AND d.seq = ?`,
    )
    this.current = db.prepare('SELECT rev, body FROM documents WHERE id = ?')
    this.replayRows = db.prepare(
      `SELECT depth, effect_apply, snapshot FROM transaction_documents
       WHERE document_id = ? AND seq <= ? AND seq >= COALESCE(
         (SELECT MAX(seq) FROM transaction_documents
          WHERE document_id = ? AND seq <= ? AND depth = 0), 0)
       ORDER BY seq`,
    )
    this.seqOfTransaction = db.prepare('SELECT seq FROM transactions WHERE id = ?')
    this.lastChangeAtTime = db.prepare(
      `SELECT d.seq FROM transaction_documents d JOIN transactions t ON t.seq = d.seq
       WHERE d.document_id = ? AND t.timestamp <= ? ORDER BY d.seq DESC LIMIT 1`,
    )
    this.previousChange = db.prepare(
      'SELECT MAX(seq) AS seq FROM transaction_documents WHERE document_id = ? AND seq < ?',
    )
  }

  /** The document right after the change logged at `seq`: `null` if that change deleted it, `undefined` if the log holds no such change. */
  stateAfter(id: string, seq: number): SanityDocument | null | undefined {
    const target = this.target.get(id, seq)
    if (!target) return undefined
    if (target.transition === 'disappear') return null
    const current = this.current.get(id)
    if (current?.rev === target.rev) return JSON.parse(current.body) as SanityDocument
    const state = this.replay(id, seq)
    return state ? ({...state, _rev: target.rev} as SanityDocument) : undefined
  }

  /** The document just before the change logged at `seq` (`null` if it did not exist). */
  stateBefore(id: string, seq: number): SanityDocument | null {
    const previous = this.previousChange.get(id, seq)?.seq
    if (previous === null || previous === undefined) return null
    return this.stateAfter(id, previous) ?? null
  }

  documentAtRevision(id: string, rev: string): SanityDocument | undefined {
    const seq = this.seqOfTransaction.get(rev)?.seq
    if (seq === undefined) return undefined
    return this.stateAfter(id, seq) ?? undefined
  }

  documentAtTime(id: string, time: string): SanityDocument | undefined {
    const seq = this.lastChangeAtTime.get(id, normalizeTime(time, 'time'))?.seq
    if (seq === undefined) return undefined
    return this.stateAfter(id, seq) ?? undefined
  }

  /** A past revision: its base's snapshot, then each later patch up to `seq`. */
  private replay(id: string, seq: number): RevisionlessDocument | null {
    const [base, ...forward] = this.replayRows.all(id, seq, id, seq)
    if (base?.depth !== 0 || base.snapshot === null) return null
    let state: RevisionlessDocument | null = JSON.parse(base.snapshot) as RevisionlessDocument
    for (const row of forward) {
      if (row.effect_apply !== null) {
        state = applyEffect(state, JSON.parse(row.effect_apply) as unknown[])
      }
    }
    return state
  }
}
