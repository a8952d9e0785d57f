import {Badge, Card, Flex, Stack, Text} from '@sanity/ui'
import {describeLicence, shortDay} from '../../review/credentialWords.ts'
import {recordKindLabels, type ReviewRecordView} from '../../review/reviewStatus.ts'

const toneOf: Record<string, 'positive' | 'caution' | 'critical' | 'default'> = {
  approved: 'positive',
  'citation-verified': 'positive',
  published: 'positive',
  'changes-requested': 'caution',
  unpublished: 'critical',
  'credential-verified': 'positive',
  'credential-revoked': 'critical',
}

function when(at: string): string {
  const date = new Date(at)
  return Number.isNaN(date.getTime())
    ? at
    : date.toLocaleString(undefined, {dateStyle: 'medium', timeStyle: 'short'})
}

/** What a credential verification signed, in one line. */
function credentialLine({
  credentials,
  specialty,
  licence,
  expiresOn,
}: NonNullable<ReviewRecordView['credential']>) {
  return [
    credentials.join(', '),
    specialty,
    `licence ${describeLicence(licence)}`,
    `until ${shortDay(expiresOn)}`,
  ]
    .filter(Boolean)
    .join(' · ')
}

/** Who did what to this document (or person), newest first, as the signed records say. */
export function RecordHistory({
  records,
  empty = 'No review activity yet.',
}: {
  records: ReviewRecordView[]
  empty?: string
}) {
  if (records.length === 0) {
    return (
      <Text size={1} muted>
        {empty}
      </Text>
    )
  }
  return (
    <Stack gap={2}>
      {records.map((record) => {
        const actor = record.actor
        const credentials = actor?.credentials.length ? `, ${actor.credentials.join(', ')}` : ''
        return (
          <Card
            key={record._id}
            padding={3}
            radius={2}
            border
            tone={record.verified ? 'default' : 'critical'}
          >
            <Stack gap={2}>
              <Flex gap={2} align="center" wrap="wrap">
                <Badge tone={toneOf[record.kind] ?? 'default'}>
                  {recordKindLabels[record.kind] ?? record.kind}
                </Badge>
                <Text size={1} weight="semibold">
                  {actor ? `${actor.name}${credentials}` : 'Unknown person'}
                </Text>
                {actor?.specialty && (
                  <Text size={1} muted>
                    {actor.specialty}
                  </Text>
                )}
                <Text size={1} muted>
                  {when(record.at)}
                </Text>
              </Flex>
              {record.credential && (
                <Text size={1}>Verified: {credentialLine(record.credential)}</Text>
              )}
              {record.notes && <Text size={1}>{record.notes}</Text>}
              {record.verificationMethod && (
                <Text size={1}>Checked by: {record.verificationMethod}</Text>
              )}
              {record.conflictOfInterest?.declared && (
                <Text size={1}>Conflict of interest: {record.conflictOfInterest.statement}</Text>
              )}
              {record.nextReviewDue && (
                <Text size={1} muted>
                  Next review due {record.nextReviewDue}
                </Text>
              )}
              {!record.verified && (
                <Text size={1} weight="semibold">
                  This record’s signature does not verify: it is ignored.
                </Text>
              )}
            </Stack>
          </Card>
        )
      })}
    </Stack>
  )
}
