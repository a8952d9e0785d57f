import {readFileSync, renameSync, writeFileSync} from 'node:fs'
import {LakeError} from '../errors.ts'
import type {Store} from '../store/types.ts'
import {parseDocumentLines, toNdjson, TransferError, type DocumentLine} from './ndjson.ts'

/** What to do with a document that already exists: fail (the default), replace it, or keep it. */
export type ImportMode = 'create' | 'replace' | 'missing'

export interface ImportOptions {
  mode?: ImportMode
  /** Documents per transaction. */
  batchSize?: number
  /** Recorded as the author of the import transactions (history, reviewer checks). */
  author?: string
}

export interface ImportSummary {
  documents: number
  created: number
  replaced: number
  skipped: number
  transactions: string[]
}

export const importAuthor = 'lake-import'
const defaultBatchSize = 500

const mutationFor: Record<ImportMode, string> = {
  create: 'create',
  replace: 'createOrReplace',
  missing: 'createIfNotExists',
}

/**
 * Imports NDJSON text into the store, one transaction per batch. The whole file is checked
 * first (JSON, ids, duplicates, and in the default mode documents that already exist), so a
 * file with a bad line writes nothing. `_rev` and `_updatedAt` are the lake's own afterwards.
 */
export function importNdjson(
  store: Store,
  text: string,
  source: string,
  options: ImportOptions = {},
): ImportSummary {
  return importLines(store, parseDocumentLines(text, source), source, options)
}

export function importFile(store: Store, file: string, options: ImportOptions = {}) {
  return importLines(store, readDocumentLines(file), file, options)
}

/** Reads and checks a whole NDJSON file without touching any lake (so a bad file creates none). */
export function readDocumentLines(file: string): DocumentLine[] {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new TransferError(`Cannot read ${file} (${reason}); pass the path of an NDJSON file`)
  }
  return parseDocumentLines(text, file)
}

/** Imports checked lines, one transaction per batch (see importNdjson). */
export function importLines(
  store: Store,
  lines: DocumentLine[],
  source: string,
  options: ImportOptions = {},
): ImportSummary {
  const mode = options.mode ?? 'create'
  if (mode === 'create') rejectExisting(store, lines, source)

  const summary: ImportSummary = {
    documents: lines.length,
    created: 0,
    replaced: 0,
    skipped: 0,
    transactions: [],
  }
  const batchSize = Math.max(1, options.batchSize ?? defaultBatchSize)
  for (let start = 0; start < lines.length; start += batchSize) {
    const batch = lines.slice(start, start + batchSize)
    const transaction = commitBatch(store, batch, mode, options.author ?? importAuthor, source)
    if (transaction.changes.length > 0) summary.transactions.push(transaction.id)
    for (const result of transaction.results) {
      if (result.operation === 'create') summary.created++
      else if (result.operation === 'update') summary.replaced++
      else summary.skipped++
    }
  }
  return summary
}

/** Every document except the lake's system documents (`_.` ids), ordered by id. */
export function exportNdjson(store: Store, options: {drafts?: boolean} = {}): string {
  const documents = store
    .allDocuments()
    .filter(({_id: id}) => !id.startsWith('_.'))
    .filter(({_id: id}) => options.drafts !== false || !id.startsWith('drafts.'))
  return toNdjson(documents)
}

/** Writes the export next to `file` first and renames it, so a failed export leaves no half file. */
export function exportFile(store: Store, file: string, options: {drafts?: boolean} = {}): number {
  const text = exportNdjson(store, options)
  const partial = `${file}.partial`
  writeFileSync(partial, text)
  renameSync(partial, file)
  return text === '' ? 0 : text.split('\n').length - 1
}

function rejectExisting(store: Store, lines: DocumentLine[], source: string): void {
  const existing = store.getDocuments(lines.map(({id}) => id))
  const index = existing.findIndex((document) => document !== undefined)
  const clash = lines[index]
  if (clash) {
    throw new TransferError(
      `${source} line ${clash.line}: document "${clash.id}" already exists in the lake; ` +
        `import with --replace to overwrite existing documents or --missing to keep them`,
    )
  }
}

function commitBatch(
  store: Store,
  batch: DocumentLine[],
  mode: ImportMode,
  author: string,
  source: string,
) {
  const kind = mutationFor[mode]
  try {
    return store.mutate({
      author,
      authorize: () => {},
      mutations: batch.map(({document}) => ({[kind]: document})),
    })
  } catch (error) {
    if (!(error instanceof LakeError)) throw error
    const item = error.items?.[0]
    const failed = item ? batch[item.index] : undefined
    const reason = item?.error.description ?? error.description
    const where = failed ? `${source} line ${failed.line}` : source
    throw new TransferError(`${where}: ${reason}`)
  }
}
