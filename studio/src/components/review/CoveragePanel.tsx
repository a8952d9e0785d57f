import {Card, Stack, Text} from '@sanity/ui'
import {useMemo} from 'react'
import {citationCoverage} from './citationCoverage.ts'

/** Which paragraphs carry a source, and which still need one. */
export function CoveragePanel({body}: {body: unknown}) {
  const coverage = useMemo(() => citationCoverage(body), [body])
  if (coverage.paragraphs.length === 0)
    return (
      <Text size={1} muted>
        No paragraphs yet.
      </Text>
    )
  const uncited = coverage.paragraphs.filter((paragraph) => paragraph.citations === 0)
  return (
    <Stack gap={2}>
      <Text size={1}>
        {coverage.cited} of {coverage.paragraphs.length} paragraphs cite a source.
      </Text>
      {uncited.map((paragraph) => (
        <Card key={paragraph.key} padding={3} radius={2} border tone="transparent">
          <Text size={1} muted>
            ¶{paragraph.number} has no source: {paragraph.excerpt}
          </Text>
        </Card>
      ))}
    </Stack>
  )
}
