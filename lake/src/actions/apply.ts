import {LakeError, malformedAction} from '../errors.ts'
import type {WorkingSet} from '../store/workingSet.ts'
import {create, edit, replaceDraft} from './drafts.ts'
import {parseAction, type Action} from './parse.ts'
import {publish, unpublish} from './publish.ts'
import {deleteDocument, discard, discardVersion} from './remove.ts'

/** Applies `POST /data/actions`'s actions in order, as one transaction. */
export function applyActions(workingSet: WorkingSet, actions: unknown[]): void {
  if (actions.length === 0) {
    throw malformedAction('No actions given; send at least one in "actions"')
  }
  actions.forEach((raw, index) => {
    workingSet.index = index
    applyAction(workingSet, parseAction(raw))
  })
}

function applyAction(workingSet: WorkingSet, action: Action): void {
  switch (action.actionType) {
    case 'sanity.action.document.edit':
      return edit(workingSet, action)
    case 'sanity.action.document.create':
      return create(workingSet, action)
    case 'sanity.action.document.replaceDraft':
      return replaceDraft(workingSet, action)
    case 'sanity.action.document.publish':
      return publish(workingSet, action)
    case 'sanity.action.document.unpublish':
      return unpublish(workingSet, action)
    case 'sanity.action.document.delete':
      return deleteDocument(workingSet, action)
    case 'sanity.action.document.discard':
      return discard(workingSet, action)
    case 'sanity.action.document.version.discard':
      return discardVersion(workingSet, action)
    default:
      return unhandledAction(action)
  }
}

/**
 * Typed `never` so that adding an action type to `Action` without a case above fails the
 * typecheck; at run time it refuses, rather than silently committing a transaction that did
 * nothing, should `parseAction` ever let an unhandled type through.
 */
export function unhandledAction(action: never): never {
  const type: unknown = Reflect.get(Object(action), 'actionType')
  throw new LakeError({
    status: 500,
    type: 'internalError',
    description:
      `Action type "${String(type)}" was accepted but has no handler in the local lake; ` +
      'add a case for it to applyAction in lake/src/actions/apply.ts',
    details: {actionType: type},
  })
}
