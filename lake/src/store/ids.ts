import {randomBytes, randomUUID} from 'node:crypto'
import {badRequest, malformedDocumentId} from '../errors.ts'

/** Path segments of letters, digits, `_` and `-`, joined by single dots; never starting with `-`. */
const documentIdPattern = /^[A-Za-z0-9_][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*$/
const maxDocumentIdLength = 128

export function assertDocumentId(id: string): void {
  if (id.length > maxDocumentIdLength || !documentIdPattern.test(id)) throw malformedDocumentId(id)
}

/** Sanity's convention: a missing `_id` gets a UUID, and one ending in `.` is a prefix for one. */
export function resolveNewDocumentId(id: string | undefined): string {
  if (id === undefined || id === '') return randomUUID()
  if (id.endsWith('.')) return `${id}${randomUUID()}`
  return id
}

const transactionIdPattern = /^[A-Za-z0-9_.:-]{1,128}$/

export function assertTransactionId(id: string): void {
  if (!transactionIdPattern.test(id)) {
    throw badRequest(
      `Malformed transactionId "${id}"; use 1-128 characters of letters, digits, "_", ".", ":" and "-", or leave it out to get a generated one`,
    )
  }
}

const base62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** A random 22-character id, like the Content Lake's own revision ids. */
export function newTransactionId(): string {
  let id = ''
  for (const byte of randomBytes(22)) id += base62.charAt(byte % 62)
  return id
}

export const draftIdOf = (publishedId: string) => `drafts.${publishedId}`

export const isDraftId = (id: string) => id.startsWith('drafts.')

export const isVersionId = (id: string) => id.startsWith('versions.')
