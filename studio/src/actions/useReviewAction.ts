import {useToast} from '@sanity/ui/toast'
import {useCallback, useState} from 'react'
import {useSyncState, type DocumentActionProps} from 'sanity'
import {z} from 'zod'
import type {ActionName} from '../review/reviewStatus.ts'
import {callService, ServiceRequestError} from '../review/serviceClient.ts'
import {useDocumentReview} from '../review/useDocumentReview.ts'
import {actionView} from './actionView.ts'

/**
 * What every review action needs: the policy's view of it for this person and revision, and a
 * way to call the service that reports the outcome and refreshes the status.
 */
export function useReviewAction(props: DocumentActionProps, action: ActionName) {
  const review = useDocumentReview(props)
  const {isSyncing} = useSyncState(props.id, props.type)
  const toast = useToast()
  const [busy, setBusy] = useState(false)
  const view = actionView(action, review.snapshot, {
    type: props.type,
    pending: review.stale || isSyncing,
    published: props.published !== null,
  })
  const {refresh, token} = review

  /** POSTs to the service; resolves true when it worked, shows why when it did not. */
  const run = useCallback(
    async (path: string, body: unknown, done: string): Promise<boolean> => {
      setBusy(true)
      let ok = false
      try {
        await callService(path, z.unknown(), {token, method: 'POST', body})
        toast.push({status: 'success', title: done})
        ok = true
      } catch (error) {
        const description = error instanceof ServiceRequestError ? error.describe() : String(error)
        toast.push({
          status: 'error',
          title: 'The review service said no',
          description,
          duration: 15000,
        })
      }
      setBusy(false)
      refresh()
      return ok
    },
    [token, toast, refresh],
  )

  return {view, busy, run, snapshot: review.snapshot, token}
}
