import {Card, Stack, Text} from '@sanity/ui'
import {useCurrentUser} from 'sanity'
import {usePaneRouter} from 'sanity/structure'
import {
  queueEntries,
  queues,
  reviewAll,
  type QueueEntry,
  type QueueId,
  type StoredDocument,
} from './queues.ts'
import {ListFrame, useVerifiedList} from './useVerifiedList.tsx'

const reviewedQuery = `*[_type in ["condition", "treatment", "article", "citation"]]`
const recordsQuery = `*[_type == "medicalReview"]`
const changesQuery = `*[_type in ["condition", "treatment", "article", "citation", "medicalReview"]]`
const personQuery = `*[_type == "person" && sanityUserId == $userId][0]._id`

/**
 * A review queue: states are derived here, in the browser, with the review core (fingerprints
 * and records that verify against the service's public keys), and recomputed on every change
 * to reviewed documents or records.
 */
export function QueuePane({options}: {options?: Record<string, unknown>}) {
  const queue = String(options?.queue ?? '') as QueueId
  const user = useCurrentUser()
  const {ChildLink} = usePaneRouter()
  const loaded = useVerifiedList<QueueEntry>(
    changesQuery,
    async (client, keys) => {
      const [documents, records, myPersonId] = await Promise.all([
        client.fetch<StoredDocument[]>(reviewedQuery, {}, {perspective: 'raw'}),
        client.fetch<unknown[]>(recordsQuery, {}, {perspective: 'published'}),
        client.fetch<string | null>(
          personQuery,
          {userId: user?.id ?? ''},
          {perspective: 'published'},
        ),
      ])
      const reviews = await reviewAll(documents, records, keys, new Date())
      return queueEntries(queue, reviews, myPersonId)
    },
    [queue, user?.id],
  )
  const title = queues.find((candidate) => candidate.id === queue)?.title ?? queue
  return (
    <ListFrame
      loaded={loaded}
      working={`Working out ${title.toLowerCase()}…`}
      empty="Nothing here."
    >
      {(entries) => (
        <Stack padding={2} gap={1}>
          {entries.map((entry) => (
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
      )}
    </ListFrame>
  )
}
