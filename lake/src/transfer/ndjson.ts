import {LakeError} from '../errors.ts'
import {assertDocumentId} from '../store/ids.ts'
import type {SanityDocument} from '../store/types.ts'

/** An import or export that cannot go ahead; the message names the file and line and says how to fix it. */
export class TransferError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'TransferError'
  }
}

export interface DocumentLine {
  /** 1-based line number in the source. */
  line: number
  id: string
  document: {_id: string; _type: string; [key: string]: unknown}
}

/**
 * Reads `sanity dataset export`'s data.ndjson: one document per line, blank lines ignored.
 * Every line is checked before anything is returned, so a bad line means nothing is written.
 */
export function parseDocumentLines(text: string, source: string): DocumentLine[] {
  const documents: DocumentLine[] = []
  const lineOfId = new Map<string, number>()
  text.split('\n').forEach((raw, index) => {
    const line = index + 1
    const content = raw.trim()
    if (content === '') return
    const where = `${source} line ${line}`
    let value: unknown
    try {
      value = JSON.parse(content)
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      throw new TransferError(
        `${where} is not valid JSON (${reason}); each line must hold one whole JSON document`,
      )
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new TransferError(`${where} is not a JSON object; each line must hold one document`)
    }
    const id: unknown = Reflect.get(value, '_id')
    const type: unknown = Reflect.get(value, '_type')
    if (typeof id !== 'string' || typeof type !== 'string' || type === '') {
      throw new TransferError(
        `${where} has no string "_id" and "_type"; every exported document carries both`,
      )
    }
    try {
      assertDocumentId(id)
    } catch (error) {
      if (error instanceof LakeError) throw new TransferError(`${where}: ${error.description}`)
      throw error
    }
    const earlier = lineOfId.get(id)
    if (earlier !== undefined) {
      throw new TransferError(
        `${where} repeats document "${id}" from line ${earlier}; keep one line per document`,
      )
    }
    lineOfId.set(id, line)
    documents.push({line, id, document: value as DocumentLine['document']})
  })
  return documents
}

/** One document per line, as `sanity dataset export` writes data.ndjson. */
export function toNdjson(documents: SanityDocument[]): string {
  return documents.map((document) => `${JSON.stringify(document)}\n`).join('')
}
