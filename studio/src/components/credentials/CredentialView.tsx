import {Badge, Box, Card, Heading, Stack, Text} from '@sanity/ui'
import type {ReactNode} from 'react'
import type {SanityDocument} from 'sanity'
import {
  credentialStateLabels,
  credentialStateTones as toneOf,
  type CredentialStatus,
} from '../../review/credentialStatus.ts'
import {useDocumentCredential} from '../../review/credentialStore.ts'
import {describeStanding} from '../../review/credentialWords.ts'
import {credentialOnProfile} from '@vetted/schemas/review'
import {RecordHistory} from '../review/RecordHistory.tsx'
import {CredentialDetails} from './CredentialDetails.tsx'

interface CredentialViewProps {
  documentId: string
  document: {draft: SanityDocument | null; published: SanityDocument | null}
}

function when(at: string): string {
  const date = new Date(at)
  return Number.isNaN(date.getTime())
    ? at
    : date.toLocaleString(undefined, {dateStyle: 'medium', timeStyle: 'short'})
}

function Section({title, children}: {title: string; children: ReactNode}) {
  return (
    <Stack gap={3}>
      <Heading as="h2" size={1}>
        {title}
      </Heading>
      {children}
    </Stack>
  )
}

/**
 * The verification in force: when, how it was checked, and what was verified. (The headline
 * already says who and until when; a revocation's headline says it all.)
 */
function VerificationInForce({status}: {status: CredentialStatus}) {
  const {record, state} = status.standing
  if (!record || state === 'revoked') return null
  return (
    <Stack gap={3}>
      <Text size={1}>Verified on {when(record.at)}.</Text>
      {record.verificationMethod && (
        <Text size={1}>How it was checked: {record.verificationMethod}</Text>
      )}
      {record.notes && <Text size={1}>Notes: {record.notes}</Text>}
      {record.credential && (
        <Card padding={3} radius={2} border>
          <Stack gap={3}>
            <Text size={1} weight="semibold">
              What was verified
            </Text>
            <CredentialDetails credential={record.credential} />
          </Stack>
        </Card>
      )}
    </Stack>
  )
}

/** What the administrator should do next, in a sentence, when anything is to be done. */
function nextStep(status: CredentialStatus, flagged: boolean): string | null {
  const {state} = status.standing
  if (!status.published) {
    return 'This profile is not published yet: publish it before its credential can be verified.'
  }
  if (status.profileMatchesRecord === false) {
    return 'The profile changed since it was verified: verify again. Until then their sign-offs carry the credential as it was verified, not what the profile says now.'
  }
  if (state === 'expired') {
    return 'The verified credential has run out: check the renewed licence, enter the new date on the profile, publish it and verify again.'
  }
  if (state === 'none' && flagged) {
    return 'The profile says this person reviews, but that grants nothing: they cannot sign off until an administrator verifies their credential.'
  }
  return null
}

/**
 * The Credential tab on a person: whether they may review now, from the signed credential
 * records about them (never from the profile's own fields), and every such record.
 */
export function CredentialView({documentId, document}: CredentialViewProps) {
  const {snapshot} = useDocumentCredential({id: documentId, published: document.published})
  const profile = document.draft ?? document.published
  const flagged = Boolean(profile && Reflect.get(profile, 'isReviewer') === true)
  return (
    <Box padding={4}>
      <Stack gap={5}>
        {snapshot.phase === 'loading' && <Text muted>Checking the credential status…</Text>}
        {snapshot.phase === 'error' && (
          <Card padding={3} radius={2} tone="critical">
            <Text size={1}>{snapshot.error.describe()}</Text>
          </Card>
        )}
        {snapshot.phase === 'ready' && (
          <>
            <Section title="Reviewer credential">
              <Card
                padding={3}
                radius={2}
                tone={toneOf[snapshot.status.standing.state]}
                data-testid="credential-standing"
              >
                <Stack gap={3}>
                  <Box>
                    <Badge tone={toneOf[snapshot.status.standing.state]}>
                      {credentialStateLabels[snapshot.status.standing.state].label}
                    </Badge>
                  </Box>
                  <Text size={1} weight="semibold">
                    {describeStanding(snapshot.status.standing)}
                  </Text>
                </Stack>
              </Card>
              {nextStep(snapshot.status, flagged) && (
                <Card padding={3} radius={2} tone="caution" data-testid="credential-next-step">
                  <Text size={1}>{nextStep(snapshot.status, flagged)}</Text>
                </Card>
              )}
              <VerificationInForce status={snapshot.status} />
              {snapshot.status.profileMatchesRecord === false && document.published && (
                <Card padding={3} radius={2} border>
                  <Stack gap={3}>
                    <Text size={1} weight="semibold">
                      What the published profile says now
                    </Text>
                    <CredentialDetails credential={credentialOnProfile(document.published)} />
                  </Stack>
                </Card>
              )}
              <Text size={1} muted>
                {snapshot.status.caller.role === 'administrator'
                  ? 'Verify credential and Revoke credential are in this document’s menu (beside Publish).'
                  : 'Only administrators verify and revoke reviewer credentials.'}
              </Text>
            </Section>
            <Section title="Credential history">
              <RecordHistory
                records={snapshot.status.records}
                empty="No credential has been verified for this person."
              />
            </Section>
          </>
        )}
      </Stack>
    </Box>
  )
}
