import {useClient} from 'sanity'
import {revisionKeyOf, useReviewStatus} from './statusStore.ts'

export const studioApiVersion = '2025-02-19'

/** The logged-in person's Sanity token, as the Studio's own client holds it (token login). */
export function useStudioToken(): string | undefined {
  return useClient({apiVersion: studioApiVersion}).config().token
}

/** The review status of the document an action, badge or view is about. */
export function useDocumentReview(props: {
  id: string
  draft: {_rev?: string} | null
  published: {_rev?: string} | null
}) {
  const token = useStudioToken()
  const revisionKey = revisionKeyOf(props.draft, props.published)
  const {snapshot, refresh} = useReviewStatus(props.id, revisionKey, token)
  return {snapshot, refresh, token, stale: snapshot.revisionKey !== revisionKey}
}
