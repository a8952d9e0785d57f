import {deterministicKey} from './keys.ts'

export interface Reference {
  _type: 'reference'
  _ref: string
  _key?: string
  _weak?: true
  _strengthenOnPublish?: {type: string}
}

/**
 * A reference as the Studio writes it. A target that exists only as a draft gets `_weak` and
 * `_strengthenOnPublish` (the Content Lake refuses strong references to missing documents;
 * publishing the target makes the reference strong).
 */
export function reference(target: {id: string; type: string; draftOnly: boolean}): Reference {
  return target.draftOnly
    ? {_type: 'reference', _ref: target.id, _weak: true, _strengthenOnPublish: {type: target.type}}
    : {_type: 'reference', _ref: target.id}
}

/** References in an array field, each with a `_key` derived from the owner, field and target. */
export function referenceList(
  ownerId: string,
  field: string,
  targets: Array<{id: string; type: string; draftOnly: boolean}>,
): Reference[] {
  return targets.map((target) => ({
    _key: deterministicKey(ownerId, field, target.id),
    ...reference(target),
  }))
}
