import {Card, Stack, Text} from '@sanity/ui'
import {useEffect, useMemo, useState} from 'react'
import {useClient} from 'sanity'
import {z} from 'zod'
import {studioApiVersion} from '../../review/useDocumentReview.ts'
import {diffSinceApproval, type FieldChange} from './diffSinceApproval.ts'

const historyDocumentsSchema = z.object({documents: z.array(z.record(z.string(), z.unknown()))})

type Loaded =
  | {phase: 'loading'}
  | {phase: 'ready'; approved: Record<string, unknown>}
  | {phase: 'error'; message: string}

/**
 * What changed since the version a reviewer approved: the approved revision is read back from
 * the store's history (`subjectRevision` on the record) and compared with the current draft.
 */
export function ChangesSinceApproval({
  documentId,
  revision,
  current,
}: {
  documentId: string
  revision: string
  current: Record<string, unknown>
}) {
  const client = useClient({apiVersion: studioApiVersion})
  const [loaded, setLoaded] = useState<Loaded>({phase: 'loading'})
  useEffect(() => {
    let cancelled = false
    const {dataset} = client.config()
    const read = (id: string) =>
      client
        .request({url: `/data/history/${dataset}/documents/${id}`, query: {revision}})
        .then((body: unknown) => historyDocumentsSchema.parse(body).documents[0])
    read(`drafts.${documentId}`)
      .catch(() => undefined)
      .then((draft) => draft ?? read(documentId))
      .then((approved) => {
        if (cancelled) return
        if (!approved) {
          setLoaded({phase: 'error', message: 'The approved revision is no longer in the history.'})
          return
        }
        setLoaded({phase: 'ready', approved})
      })
      .catch(() => {
        if (!cancelled)
          setLoaded({phase: 'error', message: 'The history of this document could not be read.'})
      })
    return () => {
      cancelled = true
    }
  }, [client, documentId, revision])
  const changes: FieldChange[] = useMemo(
    () => (loaded.phase === 'ready' ? diffSinceApproval(loaded.approved, current) : []),
    [loaded, current],
  )

  if (loaded.phase === 'loading')
    return (
      <Text size={1} muted>
        Reading the approved version…
      </Text>
    )
  if (loaded.phase === 'error')
    return (
      <Text size={1} muted>
        {loaded.message}
      </Text>
    )
  if (changes.length === 0) return <Text size={1}>Nothing has changed since it was approved.</Text>
  return (
    <Stack gap={2}>
      {changes.map((change, index) => (
        <Card
          key={`${change.field}-${index}`}
          padding={3}
          radius={2}
          border
          tone={change.kind === 'removed' ? 'critical' : 'caution'}
        >
          <Stack gap={2}>
            <Text size={1} weight="semibold">
              {change.field}: {change.kind}
            </Text>
            {change.before !== undefined && (
              <Text size={1} muted>
                Before: {change.before || '(empty)'}
              </Text>
            )}
            {change.after !== undefined && <Text size={1}>Now: {change.after || '(empty)'}</Text>}
          </Stack>
        </Card>
      ))}
    </Stack>
  )
}
