import {documentAlreadyExists, immutableAttribute, malformedMutation} from '../errors.ts'
import {assertDocumentId, resolveNewDocumentId} from '../store/ids.ts'
import type {WorkingSet} from '../store/workingSet.ts'
import {newBody} from './documents.ts'
import {parseMutation, type DocumentInput, type ParsedMutation} from './parse.ts'
import {patchDocument} from './patch.ts'

/** Applies `POST /data/mutate`'s mutations in order; the first failure aborts the transaction. */
export function applyMutations(workingSet: WorkingSet, mutations: unknown[]): void {
  if (mutations.length === 0) {
    throw malformedMutation('No mutations given; send at least one in "mutations"')
  }
  mutations.forEach((raw, index) => {
    workingSet.index = index
    applyMutation(workingSet, parseMutation(raw))
  })
}

function applyMutation(workingSet: WorkingSet, mutation: ParsedMutation): void {
  const {timestamp, results} = workingSet
  switch (mutation.kind) {
    case 'create': {
      const id = resolveNewDocumentId(mutation.document._id)
      assertDocumentId(id)
      if (workingSet.get(id)) throw documentAlreadyExists(id)
      const body = newBody(mutation.document, id, timestamp)
      workingSet.write(id, body, {create: body})
      results.push({id, operation: 'create'})
      return
    }
    case 'createOrReplace': {
      const id = requireId(mutation.kind, mutation.document)
      const existing = workingSet.get(id)
      if (existing && existing._type !== mutation.document._type) {
        throw immutableAttribute(id, '_type')
      }
      const createdAt = typeof existing?._createdAt === 'string' ? existing._createdAt : timestamp
      const body = newBody(mutation.document, id, createdAt)
      workingSet.write(id, body, {createOrReplace: body})
      results.push({id, operation: existing ? 'update' : 'create'})
      return
    }
    case 'createIfNotExists': {
      const id = requireId(mutation.kind, mutation.document)
      const body = newBody(mutation.document, id, timestamp)
      if (workingSet.get(id)) {
        workingSet.note(id, {createIfNotExists: body})
        results.push({id, operation: 'none'})
      } else {
        workingSet.write(id, body, {createIfNotExists: body})
        results.push({id, operation: 'create'})
      }
      return
    }
    case 'delete': {
      const {id} = mutation
      assertDocumentId(id)
      // Deleting a document that is not there succeeds: clients retry and buffer deletes.
      if (workingSet.get(id)) {
        workingSet.write(id, null, {delete: {id}})
        results.push({id, operation: 'delete'})
      } else {
        workingSet.note(id, {delete: {id}})
        results.push({id, operation: 'none'})
      }
      return
    }
    case 'patch':
      patchDocument(workingSet, mutation.patch)
      results.push({id: mutation.patch.id, operation: 'update'})
  }
}

function requireId(kind: string, document: DocumentInput): string {
  const id = document._id
  if (id === undefined || id === '') {
    throw malformedMutation(`${kind} needs the document's _id; only create generates one`)
  }
  assertDocumentId(id)
  return id
}
