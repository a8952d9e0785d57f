import {PublishIcon} from '@sanity/icons/Publish'
import type {DocumentActionComponent} from 'sanity'
import {useReviewAction} from './useReviewAction.ts'

/**
 * Replaces the built-in Publish on clinical types and citations: the publisher service
 * publishes, and only when the policy allows; otherwise the button says why not.
 */
export const PublishAction: DocumentActionComponent = (props) => {
  const {view, busy, run} = useReviewAction(props, 'publish')
  return {
    label: busy ? 'Publishing…' : 'Publish',
    icon: PublishIcon,
    tone: 'positive',
    disabled: view.disabled || busy || props.draft === null,
    title: props.draft === null ? 'There are no unpublished changes.' : view.title,
    onHandle: () => {
      void run('publish', {documentId: props.id}, 'Published')
    },
  }
}
PublishAction.action = 'publish'
PublishAction.displayName = 'PublishAction'
