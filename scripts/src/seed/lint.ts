import {lintBlocks, lintSummary, type LintContext, type LintFinding} from '@vetted/schemas/lint'
import type {ExportedDocument} from './dataset.ts'
import type {LintCounts} from './report.ts'

function citationStatuses(documents: ExportedDocument[]): LintContext['citations'] {
  const statuses: NonNullable<LintContext['citations']> = {}
  for (const {_id, _type, verification, retracted} of documents) {
    if (_type !== 'citation') continue
    const status = (verification as {status?: string} | undefined)?.status
    if (
      status === 'unverified' ||
      status === 'verified' ||
      status === 'not-found' ||
      status === 'retracted'
    ) {
      statuses[_id] = {status, retracted: retracted === true}
    }
  }
  return statuses
}

/** Editorial lint findings of one document's `body`, as the Studio would show them. */
export function lintDocumentBody(
  document: ExportedDocument,
  documents: ExportedDocument[],
): LintFinding[] {
  const body = Array.isArray(document.body) ? document.body : []
  return lintBlocks(body, {citations: citationStatuses(documents)})
}

/** Findings per seeded article, counted by rule (every rule listed, zero when clean). */
export function lintSeedArticles(documents: ExportedDocument[]): Map<string, LintCounts> {
  const counts = new Map<string, LintCounts>()
  for (const document of documents) {
    const {_id, _type} = document
    if (_type !== 'article') continue
    counts.set(_id, lintSummary(lintDocumentBody(document, documents)).byRule)
  }
  return counts
}
