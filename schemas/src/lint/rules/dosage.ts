import {hasCitation} from '../portableText.ts'
import {findAll} from '../text.ts'
import type {LintRule, RuleFinding} from './rule.ts'

const NUMBER = String.raw`\d+(?:[.,]\d+)?(?:\s?(?:-|–|to)\s?\d+(?:[.,]\d+)?)?`
const WORD_NUMBER = String.raw`(?:one|two|three|four|five|six|a\s+half)`
const MASS_OR_VOLUME = String.raw`(?:mg|mcg|µg|μg|g|ml|milligrams?|micrograms?|grams?|millilit(?:er|re)s?|IU|units?)`
const COUNT = String.raw`(?:tablets?|tabs|capsules?|caplets?|pills?|doses?|drops?|puffs?|sprays?|sachets?)`
const TIMES_A_DAY = String.raw`(?:\d+|once|twice|thrice|one|two|three|four|five|six)(?:\s?(?:-|–|to|or)\s?(?:\d+|two|three|four|five|six))?\s+times?\s+(?:(?:a|per|each|every)\s+day|daily)`
const DOSAGE = new RegExp(
  [
    String.raw`\b${NUMBER}\s?${MASS_OR_VOLUME}\b`,
    String.raw`\b(?:${NUMBER}|${WORD_NUMBER})\s+${COUNT}\b`,
    String.raw`\b${TIMES_A_DAY}\b`,
    String.raw`\b(?:once|twice|thrice)\s+(?:a|per|each)\s+day\b|\b(?:once|twice)\s+daily\b`,
    String.raw`\bevery\s+(?:\d+(?:\s?(?:-|–|to|or)\s?\d+)?|two|three|four|six|eight|twelve)\s+hours?\b`,
    String.raw`\bq\d{1,2}h\b`,
  ].join('|'),
  'gi',
)

export const dosageRule: LintRule = (block) => {
  if (hasCitation(block)) return []
  return findAll(block.text, DOSAGE).map((match): RuleFinding => ({
    ruleId: 'dosage/uncited',
    start: match.start,
    end: match.end,
    message: `Dosage or dosing frequency (“${match.text}”) without a source. Cite the prescribing information or a guideline for it, and have a reviewer check the figure.`,
  }))
}
