import {CommentIcon} from '@sanity/icons/Comment'
import type {DocumentActionComponent} from 'sanity'
import {useReviewAction} from './useReviewAction.ts'

/** Asks for a medical review (or, on a citation, a verification) of the version as saved. */
export const RequestReviewAction: DocumentActionComponent = (props) => {
  const {view, busy, run} = useReviewAction(props, 'requestReview')
  if (view.hidden) return null
  const citation = props.type === 'citation'
  return {
    label: busy ? 'Requesting…' : citation ? 'Request verification' : 'Request review',
    icon: CommentIcon,
    disabled: view.disabled || busy,
    title: view.title,
    onHandle: () => {
      void run(
        'request-review',
        {documentId: props.id},
        citation ? 'Verification requested' : 'Review requested',
      )
    },
  }
}
RequestReviewAction.displayName = 'RequestReviewAction'
