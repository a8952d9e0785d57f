import type {DocumentBadgeComponent} from 'sanity'
import {credentialStateLabels} from '../review/credentialStatus.ts'
import {useDocumentCredential} from '../review/credentialStore.ts'
import {describeStanding} from '../review/credentialWords.ts'

/**
 * A person's reviewer standing, as the signed credential records say; "Profile changed" when the
 * published profile no longer says what was verified.
 */
export const CredentialBadge: DocumentBadgeComponent = (props) => {
  const {snapshot} = useDocumentCredential(props)
  if (snapshot.phase !== 'ready') return null
  const {standing, profileMatchesRecord} = snapshot.status
  // Nothing to say about someone never verified, unless their profile says they review.
  const flagged = (props.draft ?? props.published)?.isReviewer === true
  if (standing.state === 'none') {
    return flagged
      ? {
          label: 'Not verified',
          color: 'warning',
          title:
            'The profile says this person reviews, but no administrator has verified their credential: they cannot sign off until one does.',
        }
      : null
  }
  const shown = credentialStateLabels[standing.state]
  const changed = profileMatchesRecord === false
  return {
    label: changed ? `${shown.label} · profile changed` : shown.label,
    color: changed ? 'warning' : shown.color,
    title: changed
      ? `${describeStanding(standing)}. The profile changed since it was verified: verify again.`
      : describeStanding(standing),
  }
}
CredentialBadge.displayName = 'CredentialBadge'
