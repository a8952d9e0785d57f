import {applyPatch} from 'mendoza'
import type {MendozaEffects, MendozaPatch, SanityDocument} from '../store/types.ts'
import {makePatch} from './mendoza.ts'

/** A document as effects see it: without `_rev`, which the listener and history carry apart. */
export type RevisionlessDocument = Omit<SanityDocument, '_rev'>

export function withoutRev(document: SanityDocument | null): RevisionlessDocument | null {
  if (document === null) return null
  const {_rev: _omitted, ...rest} = document
  return rest
}

/** The mendoza effect pair of one change, as the listener's `effects` and history carry it. */
export function effectsBetween(
  before: SanityDocument | null,
  after: SanityDocument | null,
): MendozaEffects {
  const left = withoutRev(before)
  const right = withoutRev(after)
  return {apply: makePatch(left, right), revert: makePatch(right, left)}
}

/** Applies a stored effect to a revisionless document (`null` = no document). */
export function applyEffect(
  document: RevisionlessDocument | null,
  patch: MendozaPatch,
): RevisionlessDocument | null {
  return applyPatch(document, patch) as RevisionlessDocument | null
}
