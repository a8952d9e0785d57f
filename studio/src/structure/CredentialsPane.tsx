import {Badge, Box, Card, Flex, Spinner, Stack, Text} from '@sanity/ui'
import {CREDENTIAL_KINDS, importPublicKeys} from '@vetted/schemas/review'
import {useEffect, useState} from 'react'
import {useClient} from 'sanity'
import {usePaneRouter} from 'sanity/structure'
import {z} from 'zod'
import {credentialStateLabels, credentialStateTones} from '../review/credentialStatus.ts'
import {callService, ServiceRequestError} from '../review/serviceClient.ts'
import {studioApiVersion} from '../review/useDocumentReview.ts'
import {credentialEntries, type CredentialEntry} from './credentials.ts'
import type {StoredDocument} from './queues.ts'

const publicKeysSchema = z.object({keys: z.record(z.string(), z.string())})
const peopleQuery = `*[_type == "person"]`
const recordsQuery = `*[_type == "medicalReview" && kind in $kinds]`
const changesQuery = `*[_type in ["person", "medicalReview"]]`

type Loaded =
  | {phase: 'loading'}
  | {phase: 'ready'; entries: CredentialEntry[]}
  | {phase: 'error'; message: string}

/**
 * The Credentials list: everyone who reviews or has credential records, with their standing
 * derived in the browser from the records that verify against the service's public keys, and
 * recomputed whenever a person or a record changes. Opening an entry opens the person.
 */
export function CredentialsPane() {
  const client = useClient({apiVersion: studioApiVersion})
  const {ChildLink} = usePaneRouter()
  const [loaded, setLoaded] = useState<Loaded>({phase: 'loading'})
  const token = client.config().token

  useEffect(() => {
    let cancelled = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const compute = async () => {
      try {
        const [people, records, {keys}] = await Promise.all([
          client.fetch<StoredDocument[]>(peopleQuery, {}, {perspective: 'raw'}),
          client.fetch<unknown[]>(
            recordsQuery,
            {kinds: CREDENTIAL_KINDS},
            {perspective: 'published'},
          ),
          callService('public-keys', publicKeysSchema, {token}),
        ])
        const entries = await credentialEntries(
          people,
          records,
          await importPublicKeys(keys),
          new Date(),
        )
        if (!cancelled) setLoaded({phase: 'ready', entries})
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
  }, [client, token])

  if (loaded.phase === 'loading') {
    return (
      <Flex padding={4} gap={3} align="center">
        <Spinner muted />
        <Text muted>Checking the credential records…</Text>
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
        <Text muted>Nobody reviews yet, and there are no credential records.</Text>
      </Box>
    )
  }
  return (
    <Stack padding={2} gap={1}>
      {loaded.entries.map((entry) => (
        <ChildLink key={entry.id} childId={entry.id} childParameters={{type: 'person'}}>
          <Card
            padding={3}
            radius={2}
            as="span"
            data-as="a"
            tone={entry.attention ? 'caution' : 'default'}
            data-testid="credential-entry"
          >
            <Stack gap={2}>
              <Flex gap={2} align="center" wrap="wrap">
                <Text size={1} weight="semibold">
                  {entry.title}
                </Text>
                <Badge tone={credentialStateTones[entry.state]}>
                  {credentialStateLabels[entry.state].short}
                </Badge>
              </Flex>
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
