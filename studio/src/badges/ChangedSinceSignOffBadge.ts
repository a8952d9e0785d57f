import type {DocumentBadgeComponent} from 'sanity'
import {useDocumentReview} from '../review/useDocumentReview.ts'

/** The draft differs from every version a reviewer approved: its sign-off no longer applies. */
export const ChangedSinceSignOffBadge: DocumentBadgeComponent = (props) => {
  const {snapshot} = useDocumentReview(props)
  if (snapshot.phase !== 'ready' || !snapshot.status.changedSinceSignOff) return null
  const approval = snapshot.status.latestApproval
  return {
    label: 'Changed since sign-off',
    color: 'warning',
    title: approval?.actor
      ? `Edited after ${approval.actor.name} signed off on ${approval.at.slice(0, 10)}: it needs a new sign-off before it can be published.`
      : 'Edited after the last sign-off: it needs a new one before it can be published.',
  }
}
ChangedSinceSignOffBadge.displayName = 'ChangedSinceSignOffBadge'
