import {useSyncState, type DocumentActionProps} from 'sanity'
import type {ActionName} from '../review/reviewStatus.ts'
import {useDocumentReview} from '../review/useDocumentReview.ts'
import {actionView} from './actionView.ts'
import {useServicePost} from './useServicePost.ts'

/**
 * What every review action needs: the policy's view of it for this person and revision, and a
 * way to call the service that reports the outcome and refreshes the status.
 */
export function useReviewAction(props: DocumentActionProps, action: ActionName) {
  const review = useDocumentReview(props)
  const {isSyncing} = useSyncState(props.id, props.type)
  const view = actionView(action, review.snapshot, {
    type: props.type,
    pending: review.stale || isSyncing,
    published: props.published !== null,
  })
  const {refresh, token} = review
  const {busy, run} = useServicePost(token, refresh)
  return {view, busy, run, snapshot: review.snapshot, token}
}
