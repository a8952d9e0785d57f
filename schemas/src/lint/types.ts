export type LintRuleId =
  | 'commerce/phone-number'
  | 'commerce/promotion'
  | 'claims/absolute'
  | 'claims/uncited'
  | 'dosage/uncited'
  | 'citations/unverified'
  | 'citations/not-found'
  | 'citations/retracted'

/**
 * One editorial warning. `start`/`end` are character offsets into the block's plain text
 * (`plainText(block)`), `text` is that slice, `spanKey` the span where it starts.
 */
export type LintFinding = {
  ruleId: LintRuleId
  severity: 'warning'
  blockKey: string
  spanKey?: string
  start: number
  end: number
  text: string
  message: string
}

export type CitationVerificationStatus = 'unverified' | 'verified' | 'not-found' | 'retracted'

export type LintContext = {
  /** Verification state of cited documents, by citation id (published or `drafts.` id). */
  citations?: Record<string, {status: CitationVerificationStatus; retracted?: boolean}>
}
