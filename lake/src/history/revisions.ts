import type Database from 'better-sqlite3'
import type {SanityDocument, Transition} from '../store/types.ts'
import {applyEffect, type RevisionlessDocument} from './effects.ts'
import {normalizeTime} from './time.ts'

interface ReplayRow {
  seq: number
  transition: Transition
  result_rev: string | null
  effect_apply: string
  snapshot: string | null
}

/** Rebuilds past revisions from the log: the last snapshot, then `effect_apply` forward. */
export class RevisionReader {
  private readonly replayRows: Database.Statement<[string, number, string, number], ReplayRow>
  private readonly seqOfTransaction: Database.Statement<[string], {seq: number}>
  private readonly lastChangeAtTime: Database.Statement<[string, string], {seq: number}>
  private readonly previousChange: Database.Statement<[string, number], {seq: number | null}>

  constructor(db: Database.Database) {
    this.replayRows = db.prepare(
      `SELECT seq, transition, result_rev, effect_apply, snapshot FROM transaction_documents
       WHERE document_id = ? AND seq <= ? AND seq >= COALESCE(
         (SELECT MAX(seq) FROM transaction_documents
          WHERE document_id = ? AND seq <= ? AND snapshot IS NOT NULL), 0)
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
    const rows = this.replayRows.all(id, seq, id, seq)
    const target = rows.at(-1)
    if (!target || target.seq !== seq) return undefined
    if (target.transition === 'disappear' || target.result_rev === null) return null
    const [base, ...forward] = rows
    if (!base?.snapshot) return undefined
    let state: RevisionlessDocument | null = JSON.parse(base.snapshot) as RevisionlessDocument
    for (const row of forward) state = applyEffect(state, JSON.parse(row.effect_apply) as unknown[])
    return state ? ({...state, _rev: target.result_rev} as SanityDocument) : null
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
}
