import type {TextBlock} from '../portableText.ts'
import type {LintContext} from '../types.ts'
import type {LintRule, RuleFinding} from './rule.ts'

type Verdict = Pick<RuleFinding, 'ruleId' | 'message'>

const UNVERIFIED: Verdict = {
  ruleId: 'citations/unverified',
  message:
    'Cites a source nobody has verified yet. Check it against the publication (DOI or PubMed) and record the verification before requesting review.',
}
const UNKNOWN: Verdict = {
  ruleId: 'citations/unverified',
  message:
    'Cites a citation document that could not be found, so its verification is unknown. Re-select the source, or create and verify the citation.',
}
const NOT_FOUND: Verdict = {
  ruleId: 'citations/not-found',
  message:
    'Cites a source that could not be found in the literature (suspected fabricated). Replace it with a real source, or remove the claim it supports.',
}
const RETRACTED: Verdict = {
  ruleId: 'citations/retracted',
  message:
    'Cites a retracted publication. Retracted work must not support a claim: remove the citation and find current evidence.',
}

/** Each cited span whose citation is not verified, judged from `context.citations`. */
export const citationStatusRule: LintRule = (block, context) => {
  if (!context.citations) return []
  const verdicts = verdictsByMark(block, context.citations)
  const findings: RuleFinding[] = []
  for (const span of block.spans) {
    for (const mark of span.marks) {
      const verdict = verdicts.get(mark)
      if (!verdict) continue
      findings.push({
        ...verdict,
        start: span.start,
        end: span.end,
        ...(span.key ? {spanKey: span.key} : {}),
      })
    }
  }
  return findings
}

function verdictsByMark(
  block: TextBlock,
  citations: NonNullable<LintContext['citations']>,
): Map<string, Verdict> {
  const verdicts = new Map<string, Verdict>()
  for (const def of block.markDefs) {
    if (def.type !== 'citation' || !def.ref) continue
    const published = def.ref.replace(/^drafts\./, '')
    const citation = citations[def.ref] ?? citations[published] ?? citations[`drafts.${published}`]
    const verdict = judge(citation)
    if (verdict) verdicts.set(def.key, verdict)
  }
  return verdicts
}

function judge(
  citation: NonNullable<LintContext['citations']>[string] | undefined,
): Verdict | undefined {
  if (!citation) return UNKNOWN
  if (citation.retracted === true || citation.status === 'retracted') return RETRACTED
  if (citation.status === 'not-found') return NOT_FOUND
  if (citation.status === 'verified') return undefined
  return UNVERIFIED
}
