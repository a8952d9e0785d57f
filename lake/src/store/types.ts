/**
 * The data plane's contract with the server plane (endpoints, listener, webhooks, query workers).
 * Everything here is synchronous: one SQLite write transaction per call, on the caller's thread.
 */

export interface SanityDocument {
  _id: string
  _type: string
  _rev: string
  _createdAt: string
  _updatedAt: string
  [key: string]: unknown
}

export type Transition = 'appear' | 'update' | 'disappear'

/** A mendoza patch (https://github.com/sanity-io/mendoza), as the `mendoza` package applies it. */
export type MendozaPatch = unknown[]

/** `apply` turns the document before into the one after; `revert` goes back. Both omit `_rev`. */
export interface MendozaEffects {
  apply: MendozaPatch
  revert: MendozaPatch
}

export interface DocumentChange {
  id: string
  transition: Transition
  /** Absent (not undefined-valued) when the document did not exist before. */
  previousRev?: string
  /** Absent when the document was deleted. */
  resultRev?: string
  before: SanityDocument | null
  after: SanityDocument | null
  /** Wire-format mutations that touched this document, replayable with @sanity/mutator. */
  mutations: unknown[]
  effects: MendozaEffects
}

export type MutationOperation = 'create' | 'update' | 'delete' | 'none'

/** One entry of `POST /data/mutate`'s `results`, one per mutation (per change for actions). */
export interface MutationResult {
  id: string
  operation: MutationOperation
}

export interface CommittedTransaction {
  /** The new `_rev` of every document it touched. */
  id: string
  author: string
  timestamp: string
  /** In the order the documents were first touched. Empty when nothing changed. */
  changes: DocumentChange[]
  results: MutationResult[]
  /** Position in the transaction log (listener resume). A transaction that changed nothing, or a dry run, is not logged and carries the last logged seq. */
  seq: number
}

/** Throws (e.g. `insufficientPermissions(...)` from errors.ts) to refuse; called for every changed document before anything is written. */
export type Authorize = (change: {
  id: string
  before: SanityDocument | null
  after: SanityDocument | null
}) => void

export interface WriteRequest {
  /** The client's transaction id; generated when absent. Must not already be in the log. */
  transactionId?: string
  author: string
  authorize: Authorize
  /** Validate, apply and authorize everything, then write nothing and notify no one. */
  dryRun?: boolean
}

export interface MutateRequest extends WriteRequest {
  mutations: unknown[]
}

export interface ActionsRequest extends WriteRequest {
  actions: unknown[]
}

/** Options of `GET /data/history/{ds}/transactions/{ids}`, already parsed from the query string. */
export interface HistoryQuery {
  fromTime?: string
  toTime?: string
  /** Inclusive. */
  fromTransaction?: string
  /** Inclusive. */
  toTransaction?: string
  /** Accepted for compatibility: entries never carry document bodies outside effects. */
  excludeContent?: boolean
  excludeMutations?: boolean
  /** Limit `documentIDs` and `effects` to the requested ids. */
  includeIdentifiedDocumentsOnly?: boolean
  authors?: string[]
  limit?: number
  /** Newest first. */
  reverse?: boolean
}

/** One NDJSON line of the history transactions endpoint. */
export interface HistoryTransaction {
  id: string
  timestamp: string
  author: string
  documentIDs: string[]
  mutations?: unknown[]
  effects: Record<string, MendozaEffects>
}

export interface Store {
  getDocument(id: string): SanityDocument | undefined
  getDocuments(ids: string[]): Array<SanityDocument | undefined>
  allDocuments(): SanityDocument[]

  mutate(request: MutateRequest): CommittedTransaction
  applyActions(request: ActionsRequest): CommittedTransaction
  /** Called synchronously after each logged commit; returns an unsubscribe function. */
  onCommit(listener: (transaction: CommittedTransaction) => void): () => void

  /** Logged transactions after `seq`, oldest first, rebuilt from the log (listener resume). */
  transactionsSince(seq: number, limit?: number): CommittedTransaction[]
  transactions(ids: string[], query?: HistoryQuery): HistoryTransaction[]
  documentAtRevision(id: string, rev: string): SanityDocument | undefined
  documentAtTime(id: string, time: string): SanityDocument | undefined
  /** Who wrote transactions to `id` after `sinceTime` (all time when absent); `complete` is false when the log does not reach back to the document's creation. */
  authorsSince(id: string, sinceTime?: string): {authors: string[]; complete: boolean}

  lastSeq(): number
  /**
   * Creates the expression index of each field path not yet indexed (up to a bound), as
   * `--index` does at start; returns the paths it indexed now.
   */
  indexFieldPaths(paths: readonly string[]): string[]
  readonly dbPath: string
  close(): void
}
