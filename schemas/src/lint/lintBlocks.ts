import {readTextBlock, spanKeyAt, type TextBlock} from './portableText.ts'
import {absoluteClaimsRule} from './rules/absoluteClaims.ts'
import {citationStatusRule} from './rules/citationStatus.ts'
import {commerceRule} from './rules/commerce.ts'
import {dosageRule} from './rules/dosage.ts'
import type {LintRule, RuleFinding} from './rules/rule.ts'
import {uncitedClaimsRule} from './rules/uncitedClaims.ts'
import type {LintContext, LintFinding} from './types.ts'

const RULES: LintRule[] = [
  commerceRule,
  absoluteClaimsRule,
  uncitedClaimsRule,
  dosageRule,
  citationStatusRule,
]

/**
 * Editorial warnings for a Portable Text array, in document order. Never throws and never
 * returns errors: anything that is not a text block is skipped.
 */
export function lintBlocks(blocks: readonly unknown[], context: LintContext = {}): LintFinding[] {
  if (!Array.isArray(blocks)) return []
  return blocks.flatMap((value, index) => {
    const block = readTextBlock(value, index)
    if (!block) return []
    const raw = RULES.flatMap((rule) => rule(block, context))
    return mergeOverlapping(raw).map((finding) => toFinding(block, finding))
  })
}

/** One finding per stretch of text per rule: "call … to schedule a consultation" is one problem. */
function mergeOverlapping(findings: RuleFinding[]): RuleFinding[] {
  const sorted = [...findings].sort(
    (a, b) => a.ruleId.localeCompare(b.ruleId) || a.start - b.start || b.end - a.end,
  )
  const merged: RuleFinding[] = []
  for (const finding of sorted) {
    const last = merged.at(-1)
    if (last && last.ruleId === finding.ruleId && finding.start < last.end) {
      last.end = Math.max(last.end, finding.end)
    } else {
      merged.push({...finding})
    }
  }
  return merged.sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId))
}

function toFinding(block: TextBlock, finding: RuleFinding): LintFinding {
  const spanKey = finding.spanKey ?? spanKeyAt(block, finding.start)
  return {
    ruleId: finding.ruleId,
    severity: 'warning',
    blockKey: block.key,
    ...(spanKey ? {spanKey} : {}),
    start: finding.start,
    end: finding.end,
    text: block.text.slice(finding.start, finding.end),
    message: finding.message,
  }
}
