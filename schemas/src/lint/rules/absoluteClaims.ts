import {findAll} from '../text.ts'
import type {LintRule, Phrase, RuleFinding} from './rule.ts'

const REPHRASE =
  'Rephrase with the strength the evidence supports (for example “may relieve”, “in some people”) and cite it.'

/** "There is no cure", "not guaranteed": honest statements that only look absolute. */
const NEGATED = /(?:\b(?:no|not|never|cannot|without|nor)\b|n['’]t)(?:\s+\S+){0,2}\s*$/i

const NEGATABLE: Phrase[] = [
  {
    pattern: /\bcur(?:e|es|ed|ing)\b|\bcure-all\b/gi,
    message: `Absolute claim of a cure: few treatments cure this condition. ${REPHRASE}`,
  },
  {
    pattern: /\bguarantee(?:s|d)?\b/gi,
    message: `Guaranteed outcome: no treatment works for everyone. ${REPHRASE}`,
  },
]

const ABSOLUTE: Phrase[] = [
  {
    pattern:
      /\b(?:no|zero|without\s+(?:any\s+)?)\s*side[- ]effects\b|\bfree\s+(?:of|from)\s+side[- ]effects\b|\bside[- ]effect[- ]free\b/gi,
    message: `Claim of no side effects: every treatment has some risk. Name the common side effects instead. ${REPHRASE}`,
  },
  {
    pattern:
      /\b100\s?%\s+(?:safe|effective|natural|guaranteed|successful|success)\b|\b(?:completely|totally|perfectly|entirely|absolutely)\s+(?:safe|harmless)\b|\brisk[- ]free\b/gi,
    message: `Absolute safety claim. State the known risks. ${REPHRASE}`,
  },
  {
    pattern: /\bmiracle\b|\bmiraculous\b|\bwonder\s+(?:drug|cure)\b/gi,
    message: `Hype word (“miracle”). ${REPHRASE}`,
  },
  {
    pattern:
      /\bpermanent(?:ly)?\s+(?:eliminat|cur|fix|remov|get\s+rid|end|eradicat)\w*|\bonce\s+and\s+for\s+all\b|\b(?:eliminat\w+|get\s+rid\s+of)\b[^.!?]{0,40}?\b(?:forever|for\s+good|permanently)\b/gi,
    message: `Claim of a permanent result. ${REPHRASE}`,
  },
  {
    pattern:
      /\bclinically\s+proven\b|\bworks\s+for\s+everyone\b|\binstant(?:ly)?\s+(?:relief|cure|results)\b/gi,
    message: `Overstated evidence. ${REPHRASE}`,
  },
]

export const absoluteClaimsRule: LintRule = (block) => {
  const findings: RuleFinding[] = []
  const add = (start: number, end: number, message: string): void => {
    findings.push({ruleId: 'claims/absolute', start, end, message})
  }
  for (const {pattern, message} of NEGATABLE) {
    for (const match of findAll(block.text, pattern)) {
      const before = block.text.slice(Math.max(0, match.start - 40), match.start)
      if (!NEGATED.test(before)) add(match.start, match.end, message)
    }
  }
  for (const {pattern, message} of ABSOLUTE) {
    for (const match of findAll(block.text, pattern)) add(match.start, match.end, message)
  }
  return findings
}
