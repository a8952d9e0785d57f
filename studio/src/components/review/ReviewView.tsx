import {Box, Card, Flex, Heading, Stack, Text} from '@sanity/ui'
import type {ReactNode} from 'react'
import type {SanityDocument} from 'sanity'
import {recordKindLabels, stateLabels, type ReviewRecordView} from '../../review/reviewStatus.ts'
import {useDocumentReview} from '../../review/useDocumentReview.ts'
import {ChangesSinceApproval} from './ChangesSinceApproval.tsx'
import {CoveragePanel} from './CoveragePanel.tsx'
import {LintPanel} from './LintPanel.tsx'
import {RecordHistory} from './RecordHistory.tsx'

interface ReviewViewProps {
  documentId: string
  document: {
    draft: SanityDocument | null
    displayed: Partial<SanityDocument>
    published: SanityDocument | null
  }
}

function dayOf(at: string): string {
  const date = new Date(at)
  return Number.isNaN(date.getTime()) ? at : date.toLocaleDateString(undefined, {dateStyle: 'long'})
}

/** The draft is exactly an earlier approved version: say so, so re-approving it is quick. */
function SupersededNotice({
  superseded: {approval, by},
}: {
  superseded: {approval: ReviewRecordView; by: ReviewRecordView}
}) {
  return (
    <Card padding={3} radius={2} tone="caution" data-testid="superseded-approval">
      <Text size={1}>
        This draft is exactly the version {approval.actor?.name ?? 'a reviewer'} approved on{' '}
        {dayOf(approval.at)}. A later decision ({recordKindLabels[by.kind] ?? by.kind} by{' '}
        {by.actor?.name ?? 'a reviewer'}, {dayOf(by.at)}) superseded that approval, so it needs a
        fresh sign-off: only the newest decision counts.
      </Text>
    </Card>
  )
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
 * The Review tab: where the document stands, who did what, what changed since the approved
 * version, and what the editorial lint and citation coverage say about the body.
 */
export function ReviewView({documentId, document}: ReviewViewProps) {
  const {snapshot} = useDocumentReview({
    id: documentId,
    draft: document.draft,
    published: document.published,
  })
  const displayed = document.displayed as Record<string, unknown>
  const body = displayed.body
  return (
    <Box padding={4}>
      <Stack gap={5}>
        {snapshot.phase === 'loading' && <Text muted>Checking the review status…</Text>}
        {snapshot.phase === 'error' && (
          <Card padding={3} radius={2} tone="critical">
            <Text size={1}>{snapshot.error.describe()}</Text>
          </Card>
        )}
        {snapshot.phase === 'ready' && (
          <>
            <Section title="Review state">
              <Flex gap={3} align="center" wrap="wrap">
                <Text weight="semibold">
                  {stateLabels[snapshot.status.state]?.label ?? snapshot.status.state}
                </Text>
                {snapshot.status.changedSinceSignOff && (
                  <Text size={1}>
                    Changed since sign-off: it needs a new one before it can be published.
                  </Text>
                )}
                {snapshot.status.nextReviewDue && (
                  <Text size={1} muted>
                    Next review due {snapshot.status.nextReviewDue}
                  </Text>
                )}
              </Flex>
              {snapshot.status.draft?.superseded && (
                <SupersededNotice superseded={snapshot.status.draft.superseded} />
              )}
              {snapshot.status.notices.map((notice) => (
                <Card key={notice} padding={3} radius={2} tone="caution">
                  <Text size={1}>{notice}</Text>
                </Card>
              ))}
            </Section>
            {snapshot.status.latestApproval?.subjectRevision && document.draft && (
              <Section title="Changed since the last sign-off">
                <ChangesSinceApproval
                  documentId={documentId}
                  revision={snapshot.status.latestApproval.subjectRevision}
                  current={displayed}
                />
              </Section>
            )}
          </>
        )}
        {Array.isArray(body) && (
          <>
            <Section title="Editorial lint">
              <LintPanel body={body} />
            </Section>
            <Section title="Citation coverage">
              <CoveragePanel body={body} />
            </Section>
          </>
        )}
        {snapshot.phase === 'ready' && (
          <Section title="Review history">
            <RecordHistory records={snapshot.status.records} />
          </Section>
        )}
      </Stack>
    </Box>
  )
}
