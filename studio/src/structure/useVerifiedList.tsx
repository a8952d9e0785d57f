import {Box, Card, Flex, Spinner, Text} from '@sanity/ui'
import {importPublicKeys, type PublicKeys} from '@vetted/schemas/review'
import {useEffect, useState, type ReactNode} from 'react'
import {useClient, type SanityClient} from 'sanity'
import {z} from 'zod'
import {callService, ServiceRequestError} from '../review/serviceClient.ts'
import {studioApiVersion} from '../review/useDocumentReview.ts'

const publicKeysSchema = z.object({keys: z.record(z.string(), z.string())})

export type Loaded<T> =
  {phase: 'loading'} | {phase: 'ready'; entries: T[]} | {phase: 'error'; message: string}

/**
 * A desk list worked out in the browser from what the store holds and the service's public
 * keys (so only records that verify count), and worked out again shortly after any change to
 * the documents `changesQuery` matches. `deps` are what `compute` reads besides the client.
 */
export function useVerifiedList<T>(
  changesQuery: string,
  compute: (client: SanityClient, keys: PublicKeys) => Promise<T[]>,
  deps: readonly unknown[],
): Loaded<T> {
  const client = useClient({apiVersion: studioApiVersion})
  const [loaded, setLoaded] = useState<Loaded<T>>({phase: 'loading'})
  const token = client.config().token

  useEffect(() => {
    let cancelled = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const run = async () => {
      try {
        const {keys} = await callService('public-keys', publicKeysSchema, {token})
        const entries = await compute(client, await importPublicKeys(keys))
        if (!cancelled) setLoaded({phase: 'ready', entries})
      } catch (error) {
        if (cancelled) return
        const message = error instanceof ServiceRequestError ? error.describe() : String(error)
        setLoaded({phase: 'error', message})
      }
    }
    void run()
    const subscription = client
      .listen(changesQuery, {}, {visibility: 'query', includeResult: false})
      .subscribe({
        next: () => {
          clearTimeout(timer)
          timer = setTimeout(() => void run(), 600)
        },
      })
    return () => {
      cancelled = true
      clearTimeout(timer)
      subscription.unsubscribe()
    }
    // `compute` is re-created each render; what it reads is in `deps`.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [client, token, changesQuery, ...deps])

  return loaded
}

/** The list's loading, error and empty states; `children` renders the entries. */
export function ListFrame<T>({
  loaded,
  working,
  empty,
  children,
}: {
  loaded: Loaded<T>
  working: string
  empty: string
  children: (entries: T[]) => ReactNode
}) {
  if (loaded.phase === 'loading') {
    return (
      <Flex padding={4} gap={3} align="center">
        <Spinner muted />
        <Text muted>{working}</Text>
      </Flex>
    )
  }
  if (loaded.phase === 'error') {
    return (
      <Box padding={4}>
        <Card padding={3} radius={2} tone="critical">
          <Text size={1}>{loaded.message}</Text>
        </Card>
      </Box>
    )
  }
  if (loaded.entries.length === 0) {
    return (
      <Box padding={4}>
        <Text muted>{empty}</Text>
      </Box>
    )
  }
  return children(loaded.entries)
}
