import type Database from 'better-sqlite3'
import {LakeError} from '../errors.ts'
import {effectsBetween} from '../history/effects.ts'
import type {TransactionLogWriter} from '../history/log.ts'
import type {DocumentTable} from './documents.ts'
import {assertTransactionId, newTransactionId} from './ids.ts'
import {assertStorableType, assertWithinLimits} from './limits.ts'
import type {
  CommittedTransaction,
  DocumentChange,
  MutationResult,
  SanityDocument,
  WriteRequest,
} from './types.ts'
import {WorkingSet, type DocumentBody, type TouchedDocument} from './workingSet.ts'

export interface CommitContext {
  db: Database.Database
  documents: DocumentTable
  log: TransactionLogWriter
  transactionExists: (id: string) => boolean
  lastSeq: () => number
  lastTimestamp: () => string | undefined
  notify: (transaction: CommittedTransaction) => void
}

export interface WritePlan {
  request: WriteRequest
  /** Applies the request to the working set; throws LakeErrors naming what was wrong. */
  apply: (workingSet: WorkingSet) => void
  /** Wraps an error with the index of the mutation or action it belongs to. */
  wrap: (error: LakeError, index: number) => LakeError
}

interface PreparedChange {
  change: DocumentChange
  json: string | undefined
}

/**
 * Runs one write as one SQLite transaction: apply, settle system fields, check limits,
 * authorize every change, then write documents and log — or, on any error, nothing.
 * The write lock is taken before the first read, so concurrent writers (another process
 * importing) serialize instead of overwriting each other.
 */
export function commitWrite(context: CommitContext, plan: WritePlan): CommittedTransaction {
  const {request} = plan
  if (request.transactionId !== undefined) assertTransactionId(request.transactionId)
  const id = request.transactionId ?? newTransactionId()

  const run = (): CommittedTransaction => {
    if (context.transactionExists(id)) throw transactionAlreadyCommitted(id)
    const timestamp = nextTimestamp(context.lastTimestamp())
    const workingSet = new WorkingSet((documentId) => context.documents.get(documentId), timestamp)
    try {
      plan.apply(workingSet)
    } catch (error) {
      throw error instanceof LakeError ? plan.wrap(error, workingSet.index) : error
    }

    const prepared: PreparedChange[] = []
    for (const touched of workingSet.touchedDocuments()) {
      const next = prepareChange(touched, id, timestamp, plan)
      if (next) prepared.push(next)
    }
    for (const {change} of prepared) authorize(plan, change, workingSet)

    const changes = prepared.map(({change}) => change)
    const results = workingSet.results.length > 0 ? workingSet.results : changes.map(resultOf)
    const transaction = {id, author: request.author, timestamp, changes, results}
    if (request.dryRun || changes.length === 0) return {...transaction, seq: context.lastSeq()}

    for (const {change, json} of prepared) {
      if (change.after && json !== undefined) context.documents.put(change.after, json)
      else context.documents.delete(change.id)
    }
    return {...transaction, seq: context.log.append(transaction, workingSet.mutations)}
  }

  const write = context.db.transaction(run)
  const committed = request.dryRun ? write.deferred() : write.immediate()
  if (!request.dryRun && committed.changes.length > 0) context.notify(committed)
  return committed
}

function prepareChange(
  touched: TouchedDocument,
  transactionId: string,
  timestamp: string,
  plan: WritePlan,
): PreparedChange | undefined {
  const {before, current} = touched
  if (!touched.written || (before === null && current === null)) return undefined
  const after = current ? settle(touched.id, current, transactionId, timestamp) : null
  const json = after ? JSON.stringify(after) : undefined
  if (after && json !== undefined) {
    try {
      assertWithinLimits(touched.id, after, json)
      assertStorableType(touched.id, after._type)
    } catch (error) {
      throw error instanceof LakeError ? plan.wrap(error, touched.firstIndex) : error
    }
  }
  const change: DocumentChange = {
    id: touched.id,
    transition: before === null ? 'appear' : after === null ? 'disappear' : 'update',
    ...(before ? {previousRev: before._rev} : {}),
    ...(after ? {resultRev: transactionId} : {}),
    before,
    after,
    mutations: touched.mutations,
    effects: effectsBetween(before, after),
  }
  return {change, json}
}

/** The stored form: the transaction is the new revision, and its time the update time. */
function settle(
  id: string,
  body: DocumentBody,
  transactionId: string,
  timestamp: string,
): SanityDocument {
  const createdAt = typeof body._createdAt === 'string' ? body._createdAt : timestamp
  return {
    ...body,
    _id: id,
    _rev: transactionId,
    _createdAt: createdAt,
    _updatedAt: timestamp,
  }
}

function authorize(plan: WritePlan, change: DocumentChange, workingSet: WorkingSet): void {
  try {
    plan.request.authorize({id: change.id, before: change.before, after: change.after})
  } catch (error) {
    if (!(error instanceof LakeError)) throw error
    const touched = workingSet.touchedDocuments().find((entry) => entry.id === change.id)
    throw plan.wrap(error, touched?.firstIndex ?? 0)
  }
}

const resultOf = (change: DocumentChange): MutationResult => ({
  id: change.id,
  operation:
    change.transition === 'appear'
      ? 'create'
      : change.transition === 'disappear'
        ? 'delete'
        : 'update',
})

/**
 * Commit times strictly increase (by a millisecond when the clock has not moved on), so
 * history by time agrees with history by order and "the document at time T" is unambiguous.
 */
function nextTimestamp(last: string | undefined): string {
  const now = Date.now()
  const previous = last === undefined ? Number.NaN : Date.parse(last)
  return new Date(Number.isNaN(previous) ? now : Math.max(now, previous + 1)).toISOString()
}

const transactionAlreadyCommitted = (id: string) =>
  new LakeError({
    status: 409,
    type: 'transactionConflictError',
    description: `Transaction "${id}" has already been committed; send a new transactionId, or none to get a generated one`,
    details: {transactionId: id},
  })
