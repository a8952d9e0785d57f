import type {DocumentBadgeComponent} from 'sanity'
import {stateLabels} from '../review/reviewStatus.ts'
import {useDocumentReview} from '../review/useDocumentReview.ts'

/** The document's review state, as the service derives it from its signed records. */
export const ReviewStateBadge: DocumentBadgeComponent = (props) => {
  const {snapshot} = useDocumentReview(props)
  if (snapshot.phase !== 'ready') return null
  const {state, nextReviewDue} = snapshot.status
  const shown = stateLabels[state] ?? {label: state, color: undefined}
  return {
    label: shown.label,
    color: shown.color,
    title:
      state === 'review-overdue' && nextReviewDue
        ? `Review was due on ${nextReviewDue}: a reviewer must sign it off again.`
        : `Review state: ${shown.label}`,
  }
}
ReviewStateBadge.displayName = 'ReviewStateBadge'
