import {mkdirSync} from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import {applyActions} from '../actions/apply.ts'
import {actionFailed, badRequest, mutationFailed} from '../errors.ts'
import {TransactionLogWriter} from '../history/log.ts'
import {RevisionReader} from '../history/revisions.ts'
import {TransactionReader} from '../history/transactions.ts'
import {upgradeLogToV3} from '../history/upgradeLog.ts'
import {applyMutations} from '../mutations/apply.ts'
import {commitWrite, type CommitContext} from './commit.ts'
import {DocumentTable} from './documents.ts'
import {ensureTypedIndexesForIndexedPaths, ensureTypedPathIndexes} from './fieldIndexes.ts'
import {
  AUTOMATIC_INDEX_LIMIT,
  ensurePathIndexes,
  ensureSchema,
  indexedPathPattern,
  indexedPaths,
} from './schema.ts'
import {ensureTextIndex} from './textIndex.ts'
import type {CommittedTransaction, Store} from './types.ts'

/**
 * Opens (creating when missing) the lake's SQLite file: WAL so query workers read while the
 * store writes, synchronous=FULL so an acknowledged transaction survives a crash.
 */
export function openStore(file: string, options: {indexes?: readonly string[]} = {}): Store {
  const dbPath = path.resolve(file)
  mkdirSync(path.dirname(dbPath), {recursive: true})
  const db = new Database(dbPath)
  try {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 10000')
    ensureSchema(db, dbPath, {
      fillReferences: () => new DocumentTable(db).fillReferences(),
      compactLog: () => upgradeLogToV3(db),
    })
    ensurePathIndexes(db, options.indexes ?? [])
    ensureTypedIndexesForIndexedPaths(db)
    ensureTextIndex(db)
  } catch (error) {
    db.close()
    throw error
  }

  const documents = new DocumentTable(db)
  const revisions = new RevisionReader(db)
  const history = new TransactionReader(db, revisions)
  const listeners = new Set<(transaction: CommittedTransaction) => void>()
  const transactionExists = db.prepare<[string], {found: number}>(
    'SELECT 1 AS found FROM transactions WHERE id = ?',
  )
  const last = db.prepare<[], {seq: number | null; timestamp: string | null}>(
    'SELECT seq, timestamp FROM transactions ORDER BY seq DESC LIMIT 1',
  )
  const lastSeq = () => last.get()?.seq ?? 0
  const indexed = indexedPaths(db)
  const configured = new Set(options.indexes ?? [])
  /** How many indexes the lake made itself (`--index` ones do not count against the limit). */
  const automatic = () => [...indexed].filter((known) => !configured.has(known)).length

  const context: CommitContext = {
    db,
    documents,
    log: new TransactionLogWriter(db),
    transactionExists: (id) => transactionExists.get(id) !== undefined,
    lastSeq,
    lastTimestamp: () => last.get()?.timestamp ?? undefined,
    notify: (transaction) => {
      for (const listener of listeners) {
        try {
          listener(transaction)
        } catch (error) {
          // The transaction is committed; one failing listener must not hide it from the others.
          console.error(`lake: a commit listener failed on transaction ${transaction.id}`, error)
        }
      }
    },
  }

  return {
    dbPath,
    getDocument: (id) => documents.get(id),
    getDocuments: (ids) => ids.map((id) => documents.get(id)),
    allDocuments: () => documents.all(),

    mutate(request) {
      if (!Array.isArray(request.mutations)) {
        throw badRequest('"mutations" must be an array of mutations')
      }
      return commitWrite(context, {
        request,
        apply: (workingSet) => applyMutations(workingSet, request.mutations),
        wrap: mutationFailed,
      })
    },
    applyActions(request) {
      if (!Array.isArray(request.actions)) {
        throw badRequest('"actions" must be an array of actions')
      }
      return commitWrite(context, {
        request,
        apply: (workingSet) => applyActions(workingSet, request.actions),
        wrap: actionFailed,
      })
    },
    onCommit(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },

    transactionsSince: (seq, limit) => history.transactionsSince(seq, limit),
    transactions: (ids, query) => history.transactions(ids, query),
    documentAtRevision: (id, rev) => revisions.documentAtRevision(id, rev),
    documentAtTime: (id, time) => revisions.documentAtTime(id, time),
    authorsSince: (id, sinceTime) =>
      history.authorsSince(id, sinceTime, documents.get(id) !== undefined),

    lastSeq,
    indexFieldPaths(paths) {
      if (!db.open) return []
      const created: string[] = []
      for (const fieldPath of paths) {
        if (indexed.has(fieldPath) || !indexedPathPattern.test(fieldPath)) continue
        if (automatic() >= AUTOMATIC_INDEX_LIMIT) break
        ensurePathIndexes(db, [fieldPath])
        ensureTypedPathIndexes(db, [fieldPath])
        indexed.add(fieldPath)
        created.push(fieldPath)
      }
      return created
    },
    close: () => {
      listeners.clear()
      db.close()
    },
  }
}
