import {Card, Stack, Text} from '@sanity/ui'
import {lintBlocks, lintRules, type LintContext} from '@vetted/schemas/lint'
import {useEffect, useMemo, useState} from 'react'
import {useClient} from 'sanity'
import {studioApiVersion} from '../../review/useDocumentReview.ts'
import {citedIds} from './citedIds.ts'

type CitationStatuses = NonNullable<LintContext['citations']>

const statusQuery = `*[_id in $ids]{_id, "status": coalesce(verification.status, "unverified"), retracted}`

/** The editorial lint findings for a body, with the cited citations' verification status. */
export function LintPanel({body}: {body: unknown}) {
  const client = useClient({apiVersion: studioApiVersion})
  const ids = useMemo(() => citedIds(body), [body])
  const idKey = ids.join(',')
  const [citations, setCitations] = useState<CitationStatuses>({})
  useEffect(() => {
    if (!idKey) return
    const wanted = idKey.split(',').flatMap((id) => [id, `drafts.${id}`])
    let cancelled = false
    client
      .fetch<Array<{_id: string; status: CitationStatuses[string]['status']; retracted?: boolean}>>(
        statusQuery,
        {ids: wanted},
        {perspective: 'raw'},
      )
      .then((rows) => {
        if (!cancelled) {
          setCitations(
            Object.fromEntries(
              rows.map(({_id: id, status, retracted}) => [id, {status, retracted}]),
            ),
          )
        }
      })
      .catch(() => undefined)
    return () => {
      cancelled = true
    }
  }, [client, idKey])
  const findings = useMemo(
    () => (Array.isArray(body) ? lintBlocks(body, {citations}) : []),
    [body, citations],
  )
  if (findings.length === 0) return <Text size={1}>No editorial warnings.</Text>
  return (
    <Stack gap={2}>
      {findings.map((finding) => (
        <Card
          key={`${finding.blockKey}-${finding.ruleId}-${finding.start}`}
          padding={3}
          radius={2}
          border
          tone="caution"
        >
          <Stack gap={2}>
            <Text size={1} weight="semibold">
              {lintRules[finding.ruleId].title}: “{finding.text}”
            </Text>
            <Text size={1} muted>
              {finding.message}
            </Text>
          </Stack>
        </Card>
      ))}
    </Stack>
  )
}
