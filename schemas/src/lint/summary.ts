import type {LintFinding, LintRuleId} from './types.ts'

export type LintSummary = {total: number; byRule: Record<LintRuleId, number>}

/** What each rule checks, for panels that list findings by rule. */
export const lintRules: Record<LintRuleId, {title: string}> = {
  'commerce/phone-number': {title: 'Phone number'},
  'commerce/promotion': {title: 'Promotional language'},
  'claims/absolute': {title: 'Absolute claim'},
  'claims/uncited': {title: 'Clinical claim without a source'},
  'dosage/uncited': {title: 'Dosage without a source'},
  'citations/unverified': {title: 'Unverified citation'},
  'citations/not-found': {title: 'Citation not found (suspected fabricated)'},
  'citations/retracted': {title: 'Retracted citation'},
}

/** Counts by rule (every rule present, zero when clean) and the total. */
export function lintSummary(findings: readonly LintFinding[]): LintSummary {
  const byRule = Object.fromEntries(Object.keys(lintRules).map((ruleId) => [ruleId, 0])) as Record<
    LintRuleId,
    number
  >
  for (const finding of findings) byRule[finding.ruleId] += 1
  return {total: findings.length, byRule}
}
