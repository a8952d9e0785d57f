import {Badge, Card, Flex, Stack, Text} from '@sanity/ui'
import {CREDENTIAL_KINDS} from '@vetted/schemas/review'
import {usePaneRouter} from 'sanity/structure'
import {credentialStateLabels, credentialStateTones} from '../review/credentialStatus.ts'
import {credentialEntries, type CredentialEntry} from './credentials.ts'
import type {StoredDocument} from './queues.ts'
import {ListFrame, useVerifiedList} from './useVerifiedList.tsx'
const peopleQuery = `*[_type == "person"]`
const recordsQuery = `*[_type == "medicalReview" && kind in $kinds]`
const changesQuery = `*[_type in ["person", "medicalReview"]]`

/**
 * The Credentials list: everyone who reviews or has credential records, with their standing
 * derived in the browser from the records that verify against the service's public keys, and
 * recomputed whenever a person or a record changes. Opening an entry opens the person.
 */
export function CredentialsPane() {
  const {ChildLink} = usePaneRouter()
  const loaded = useVerifiedList<CredentialEntry>(
    changesQuery,
    async (client, keys) => {
      const [people, records] = await Promise.all([
        client.fetch<StoredDocument[]>(peopleQuery, {}, {perspective: 'raw'}),
        client.fetch<unknown[]>(
          recordsQuery,
          {kinds: CREDENTIAL_KINDS},
          {perspective: 'published'},
        ),
      ])
      return credentialEntries(people, records, keys, new Date())
    },
    [],
  )
  return (
    <ListFrame
      loaded={loaded}
      working="Checking the credential records…"
      empty="Nobody reviews yet, and there are no credential records."
    >
      {(entries) => (
        <Stack padding={2} gap={1}>
          {entries.map((entry) => (
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
      )}
    </ListFrame>
  )
}
