import {Box, Card, Flex, Spinner, Stack, Text} from '@sanity/ui'
import {importPublicKeys} from '@vetted/schemas/review'
import {useEffect, useState} from 'react'
import {useClient, useCurrentUser} from 'sanity'
import {usePaneRouter} from 'sanity/structure'
import {z} from 'zod'
import {callService, ServiceRequestError} from '../review/serviceClient.ts'
import {studioApiVersion} from '../review/useDocumentReview.ts'
import {
  queueEntries,
  queues,
  reviewAll,
  type QueueEntry,
  type QueueId,
  type StoredDocument,
} from './queues.ts'

const publicKeysSchema = z.object({keys: z.record(z.string(), z.string())})
const reviewedQuery = `*[_type in ["condition", "treatment", "article", "citation"]]`
const recordsQuery = `*[_type == "medicalReview"]`
const changesQuery = `*[_type in ["condition", "treatment", "article", "citation", "medicalReview"]]`
const personQuery = `*[_type == "person" && sanityUserId == $userId][0]._id`

type Loaded =
  {phase: 'loading'} | {phase: 'ready'; entries: QueueEntry[]} | {phase: 'error'; message: string}

/**
 * A review queue: states are derived here, in the browser, with the review core (fingerprints
 * and records that verify against the service's public keys), and recomputed on every change
 * to reviewed documents or records.
 */
export function QueuePane({options}: {options?: Record<string, unknown>}) {
  const queue = String(options?.queue ?? '') as QueueId
  const client = useClient({apiVersion: studioApiVersion})
  const user = useCurrentUser()
  const {ChildLink} = usePaneRouter()
  const [loaded, setLoaded] = useState<Loaded>({phase: 'loading'})
  const token = client.config().token

  useEffect(() => {
    let cancelled = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const compute = async () => {
      try {
        const [documents, records, myPersonId, {keys}] = await Promise.all([
          client.fetch<StoredDocument[]>(reviewedQuery, {}, {perspective: 'raw'}),
          client.fetch<unknown[]>(recordsQuery, {}, {perspective: 'published'}),
          client.fetch<string | null>(
            personQuery,
            {userId: user?.id ?? ''},
            {perspective: 'published'},
          ),
          callService('public-keys', publicKeysSchema, {token}),
        ])
        const reviews = await reviewAll(
          documents,
          records,
          await importPublicKeys(keys),
          new Date(),
        )
        if (!cancelled)
          setLoaded({phase: 'ready', entries: queueEntries(queue, reviews, myPersonId)})
      } catch (error) {
        if (cancelled) return
        const message = error instanceof ServiceRequestError ? error.describe() : String(error)
        setLoaded({phase: 'error', message})
      }
    }
    void compute()
    const subscription = client
      .listen(changesQuery, {}, {visibility: 'query', includeResult: false})
      .subscribe({
        next: () => {
          clearTimeout(timer)
          timer = setTimeout(() => void compute(), 600)
        },
      })
    return () => {
      cancelled = true
      clearTimeout(timer)
      subscription.unsubscribe()
    }
  }, [client, queue, token, user?.id])

  const title = queues.find((candidate) => candidate.id === queue)?.title ?? queue
  if (loaded.phase === 'loading') {
    return (
      <Flex padding={4} gap={3} align="center">
        <Spinner muted />
        <Text muted>Working out {title.toLowerCase()}…</Text>
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
        <Text muted>Nothing here.</Text>
      </Box>
    )
  }
  return (
    <Stack padding={2} gap={1}>
      {loaded.entries.map((entry) => (
        <ChildLink key={entry.id} childId={entry.id} childParameters={{type: entry.type}}>
          <Card padding={3} radius={2} as="span" data-as="a">
            <Stack gap={2}>
              <Text size={1} weight="semibold">
                {entry.title}
              </Text>
              <Text size={1} muted>
                {entry.detail}
              </Text>
            </Stack>
          </Card>
        </ChildLink>
      ))}
    </Stack>
  )
}
