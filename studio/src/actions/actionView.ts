import type {ActionName} from '../review/reviewStatus.ts'
import type {StatusSnapshot} from '../review/statusStore.ts'

/** How one action shows: hidden, disabled with the reason as its tooltip, or ready. */
export interface ActionView {
  hidden: boolean
  disabled: boolean
  title?: string
}

export interface LocalState {
  /** The document type (citation or a clinical type). */
  type: string
  /** Edits are still being saved, or the status answer is about an older revision. */
  pending: boolean
  /** A published version exists. */
  published: boolean
}

const isClinical = (type: string) => ['condition', 'treatment', 'article'].includes(type)

/** Actions that are not offered at all to this person or on this type (rather than disabled). */
function isHidden(action: ActionName, snapshot: StatusSnapshot, local: LocalState): boolean {
  const caller = snapshot.phase === 'ready' ? snapshot.status.caller : undefined
  switch (action) {
    case 'signOff':
    case 'requestChanges':
      return !isClinical(local.type) || caller?.isReviewer !== true
    case 'verifyCitation':
      return local.type !== 'citation'
    case 'unpublish':
      return !local.published || !(caller?.isReviewer || caller?.role === 'administrator')
    case 'requestReview':
    case 'publish':
      return false
  }
}

/** Actions whose outcome depends on the exact saved revision: they wait for saving. */
const bindsToRevision: ActionName[] = [
  'requestReview',
  'signOff',
  'requestChanges',
  'publish',
  'verifyCitation',
]

/**
 * An action's enablement is the policy's decision as the service reported it for this person
 * and revision; a refusal's reasons become the tooltip, word for word.
 */
export function actionView(
  action: ActionName,
  snapshot: StatusSnapshot,
  local: LocalState,
): ActionView {
  const hidden = isHidden(action, snapshot, local)
  if (snapshot.phase === 'loading') {
    return {hidden, disabled: true, title: 'Checking the review status…'}
  }
  if (snapshot.phase === 'error') {
    return {hidden, disabled: true, title: snapshot.error.describe()}
  }
  if (local.pending && bindsToRevision.includes(action)) {
    return {hidden, disabled: true, title: 'Saving your latest changes…'}
  }
  const decision = snapshot.status.actions[action]
  return decision.allowed
    ? {hidden, disabled: false}
    : {hidden, disabled: true, title: decision.reasons.join(' ')}
}
