import type {MutationResult, SanityDocument} from './types.ts'

/** A document while a transaction works on it: system fields are settled at commit. */
export interface DocumentBody {
  _id: string
  _type: string
  [key: string]: unknown
}

export interface TouchedDocument {
  id: string
  before: SanityDocument | null
  current: DocumentBody | null
  /** Wire-format mutations that touched it, for the listener and the log. */
  mutations: unknown[]
  /** The mutation or action that first touched it (error items point there). */
  firstIndex: number
  /** False when every mutation on it was a no-op (createIfNotExists on an existing document). */
  written: boolean
}

/**
 * The documents one transaction reads and writes, layered over the committed store. Nothing
 * here touches SQLite; the commit turns the touched documents into changes and rows.
 */
export class WorkingSet {
  /** Index of the mutation or action being applied, for error items. */
  index = 0
  readonly timestamp: string
  readonly mutations: unknown[] = []
  readonly results: MutationResult[] = []
  private readonly load: (id: string) => SanityDocument | undefined
  private readonly touched = new Map<string, TouchedDocument>()

  constructor(load: (id: string) => SanityDocument | undefined, timestamp: string) {
    this.load = load
    this.timestamp = timestamp
  }

  /** The document as this transaction sees it. Treat it as read-only. */
  get(id: string): DocumentBody | null {
    const entry = this.touched.get(id)
    if (entry) return entry.current
    return this.load(id) ?? null
  }

  write(id: string, document: DocumentBody | null, mutation: unknown): void {
    const entry = this.entry(id)
    entry.current = document
    entry.written = true
    entry.mutations.push(mutation)
    this.mutations.push(mutation)
  }

  /** Records a mutation that left the document as it was. */
  note(id: string, mutation: unknown): void {
    this.entry(id).mutations.push(mutation)
    this.mutations.push(mutation)
  }

  touchedDocuments(): TouchedDocument[] {
    return [...this.touched.values()]
  }

  private entry(id: string): TouchedDocument {
    let entry = this.touched.get(id)
    if (!entry) {
      const before = this.load(id) ?? null
      entry = {id, before, current: before, mutations: [], firstIndex: this.index, written: false}
      this.touched.set(id, entry)
    }
    return entry
  }
}
