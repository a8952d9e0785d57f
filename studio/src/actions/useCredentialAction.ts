import {useCurrentUser, type DocumentActionProps} from 'sanity'
import type {CredentialActionName} from '../review/credentialStatus.ts'
import {useDocumentCredential} from '../review/credentialStore.ts'
import {credentialActionView} from './credentialActionView.ts'
import {useServicePost} from './useServicePost.ts'

/**
 * What Verify credential and Revoke credential need: the policy's view of the action for this
 * caller and person, and a way to call the service that reports the outcome and refreshes the
 * person's credential status.
 */
export function useCredentialAction(props: DocumentActionProps, action: CredentialActionName) {
  const credential = useDocumentCredential(props)
  const user = useCurrentUser()
  const view = credentialActionView(action, credential.snapshot, {
    administrator: user?.roles.some((role) => role.name === 'administrator') ?? false,
    stale: credential.stale,
  })
  const {busy, run} = useServicePost(credential.token, credential.refresh)
  return {view, busy, run, snapshot: credential.snapshot}
}
