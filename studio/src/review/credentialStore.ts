import {useStudioToken} from './useDocumentReview.ts'
import {credentialStatusSchema, type CredentialStatus} from './credentialStatus.ts'
import {createStatusStore, revisionKeyOf, type ServiceSnapshot} from './serviceStatusStore.ts'

export type CredentialSnapshot = ServiceSnapshot<CredentialStatus>

// One credential status per open person, shared by their actions, badge and Credential view.
const store = createStatusStore(
  (personId) => `credential-status?personId=${encodeURIComponent(personId)}`,
  credentialStatusSchema,
)

/**
 * The credential standing of the person a document action, badge or view is about. The service
 * reads the published profile only, so the answer is fetched again when that is republished;
 * `refresh` asks again now (after verifying or revoking).
 */
export function useDocumentCredential(props: {id: string; published: {_rev?: string} | null}) {
  const token = useStudioToken()
  const revisionKey = revisionKeyOf(null, props.published)
  const {snapshot, refresh} = store.useStatus(props.id, revisionKey, token)
  return {snapshot, refresh, token, stale: snapshot.revisionKey !== revisionKey}
}
