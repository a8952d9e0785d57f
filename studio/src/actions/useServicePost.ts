import {useToast} from '@sanity/ui/toast'
import {useCallback, useState} from 'react'
import {z} from 'zod'
import {callService, ServiceRequestError} from '../review/serviceClient.ts'

/**
 * POSTs to the review service as the logged-in person: a toast says what happened (the service's
 * own words when it refused), and `refresh` asks for the status again either way.
 */
export function useServicePost(token: string | undefined, refresh: () => void) {
  const toast = useToast()
  const [busy, setBusy] = useState(false)

  /** Resolves true when it worked, and shows why when it did not. */
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

  return {busy, run}
}
