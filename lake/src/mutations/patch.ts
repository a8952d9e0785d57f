import {Mutation} from '@sanity/mutator'
import {documentNotFound, immutableAttribute, LakeError, revisionMismatch} from '../errors.ts'
import {assertDocumentId} from '../store/ids.ts'
import type {DocumentBody, WorkingSet} from '../store/workingSet.ts'
import type {Patch} from './parse.ts'

/**
 * Applies one patch with @sanity/mutator — the code the Studio applies the same patch with,
 * so JSONMatch paths, insert positions and diff-match-patch behave identically on both ends.
 */
export function patchDocument(workingSet: WorkingSet, patch: Patch): void {
  const {id} = patch
  assertDocumentId(id)
  const current = workingSet.get(id)
  if (!current) throw documentNotFound(id)
  if (patch.ifRevisionID !== undefined && current._rev !== patch.ifRevisionID) {
    const actual = typeof current._rev === 'string' ? current._rev : undefined
    throw revisionMismatch(id, patch.ifRevisionID, actual)
  }
  const next = applyPatch(current, patch)
  if (next._id !== id) throw immutableAttribute(id, '_id')
  if (next._type !== current._type) throw immutableAttribute(id, '_type')
  workingSet.write(id, next, {patch})
}

function applyPatch(document: DocumentBody, patch: Patch): DocumentBody {
  let result: unknown
  try {
    const mutation = new Mutation({mutations: [{patch: structuredClone(patch)}]})
    result = mutation.apply(structuredClone(document))
  } catch (error) {
    throw new LakeError({
      status: 400,
      type: 'invalidPatchError',
      description: `The patch on "${patch.id}" could not be applied: ${error instanceof Error ? error.message : String(error)}; check its paths (JSONMatch, e.g. body[_key=="abc"].children[0]) and values`,
      details: {id: patch.id},
    })
  }
  if (!isBody(result)) {
    throw new LakeError({
      status: 400,
      type: 'invalidPatchError',
      description: `The patch on "${patch.id}" would leave it without a string _id and _type; do not unset or overwrite them`,
      details: {id: patch.id},
    })
  }
  return result
}

const isBody = (value: unknown): value is DocumentBody =>
  typeof value === 'object' &&
  value !== null &&
  typeof Reflect.get(value, '_id') === 'string' &&
  typeof Reflect.get(value, '_type') === 'string'
