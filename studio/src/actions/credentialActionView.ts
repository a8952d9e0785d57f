import type {CredentialActionName} from '../review/credentialStatus.ts'
import type {CredentialSnapshot} from '../review/credentialStore.ts'
import type {ActionView} from './actionView.ts'

export interface CredentialLocalState {
  /** The Studio's own account says this is an administrator (used until the service answers). */
  administrator: boolean
  /** The answer is about an earlier published revision of the profile. */
  stale: boolean
}

/**
 * Verify credential and Revoke credential, on a person: offered to administrators only (as the
 * service says once it has answered; the Studio's own account until then), and enabled as the
 * policy decided for this caller and this person, its reasons word for word as the tooltip.
 */
export function credentialActionView(
  action: CredentialActionName,
  snapshot: CredentialSnapshot,
  local: CredentialLocalState,
): ActionView {
  const role = snapshot.phase === 'ready' ? snapshot.status.caller.role : undefined
  const hidden = role === undefined ? !local.administrator : role !== 'administrator'
  if (snapshot.phase === 'loading' || (snapshot.phase === 'ready' && local.stale)) {
    return {hidden, disabled: true, title: 'Checking the credential status…'}
  }
  if (snapshot.phase === 'error') {
    return {hidden, disabled: true, title: snapshot.error.describe()}
  }
  const decision = snapshot.status.actions[action]
  return decision.allowed
    ? {hidden, disabled: false}
    : {hidden, disabled: true, title: decision.reasons.join(' ')}
}
