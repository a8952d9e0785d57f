import type {CustomValidator} from 'sanity'
import {lintBlocks, type CitationVerificationStatus, type LintContext} from '../lint/index.ts'

const apiVersion = '2025-02-19'
const statuses: readonly CitationVerificationStatus[] = [
  'unverified',
  'verified',
  'not-found',
  'retracted',
]
const toStatus = (value: unknown) => statuses.find((status) => status === value) ?? 'unverified'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

function citedIds(blocks: readonly unknown[]): string[] {
  const ids = new Set<string>()
  for (const block of blocks) {
    const markDefs: unknown = isRecord(block) ? block.markDefs : undefined
    if (!Array.isArray(markDefs)) continue
    for (const def of markDefs) {
      const source: unknown = isRecord(def) && def._type === 'citation' ? def.source : undefined
      const ref: unknown = isRecord(source) ? source._ref : undefined
      if (typeof ref === 'string') ids.add(ref.replace(/^drafts\./, ''))
    }
  }
  return [...ids]
}

/**
 * Editorial lint as Studio warnings on the block they concern: what fact-checkers fix before
 * review. Never errors — a warning informs, the reviewer decides.
 */
export const lintRichText: CustomValidator<unknown> = async (blocks, context) => {
  if (!Array.isArray(blocks) || blocks.length === 0) return true
  const ids = citedIds(blocks)
  const lintContext: LintContext = {}
  if (ids.length > 0) {
    const citations = await context
      .getClient({apiVersion})
      .fetch<Array<{_id: string; status?: unknown; retracted?: boolean}>>(
        '*[_id in $ids || _id in $draftIds]{_id, "status": verification.status, retracted}',
        {ids, draftIds: ids.map((id) => `drafts.${id}`)},
      )
    lintContext.citations = Object.fromEntries(
      citations.map((citation) => [
        citation._id,
        {
          status: toStatus(citation.status),
          ...(citation.retracted !== undefined && {retracted: citation.retracted}),
        },
      ]),
    )
  }
  const findings = lintBlocks(blocks, lintContext)
  if (findings.length === 0) return true
  return findings.map((finding) => ({
    message: `${finding.message} — “${finding.text}”`,
    path: [{_key: finding.blockKey}],
  }))
}
