import type {DocumentBody} from '../store/workingSet.ts'
import type {DocumentInput} from './parse.ts'

/**
 * A document body as written by a create-style mutation: the server owns `_rev` and
 * `_updatedAt`; `_createdAt` is kept when given, else `createdAt`. The same body goes into
 * the logged mutation, so a client replaying it with @sanity/mutator gets the same document.
 */
export function newBody(input: DocumentInput, id: string, createdAt: string): DocumentBody {
  const {_rev: _serverRev, _updatedAt: _serverUpdatedAt, ...content} = input
  const body: DocumentBody = {...content, _id: id, _type: input._type}
  if (typeof body._createdAt !== 'string') body._createdAt = createdAt
  return body
}

/** Another document's content under `id` (a draft from its published version and back). */
export function copyAs(source: DocumentBody, id: string): DocumentBody {
  const {_rev: _sourceRev, _updatedAt: _sourceUpdatedAt, ...content} = source
  return {...content, _id: id}
}
