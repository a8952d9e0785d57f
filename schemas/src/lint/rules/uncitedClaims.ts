import {hasCitation} from '../portableText.ts'
import {sentences, type TextRange} from '../text.ts'
import type {LintRule} from './rule.ts'

/** Verbs and adjectives that assert a treatment works. "Lower" is left out: "lower back". */
const EFFECT =
  /\b(?:treat(?:s|ed|ing)?|reliev(?:e|es|ed|ing)|relief|reduc(?:e|es|ed|ing)|prevent(?:s|ed|ing)?|alleviat(?:e|es|ed|ing)|eas(?:e|es|ed|ing)|lessen(?:s|ed|ing)?|improv(?:e|es|ed|ing)|effective(?:ly|ness)?|efficacy|efficacious|beneficial)\b/gi
/** "does not treat", "is not improving", "has not improved": the verb is denied, not claimed. */
const DENIED = /\b(?:not|never)\s+(?:\w+\s+)?$|n['’]t\s+(?:\w+\s+)?$/i

const SMALL_NUMBER = String.raw`(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten)`
const POPULATION = String.raw`(?:\d[\d,]*(?:\s+(?:million|thousand))?|ten|a\s+hundred|one\s+hundred|a\s+thousand|one\s+thousand|(?:one|a)\s+million)`
/** Statistics: percentages, "1 in 4", "one out of every one million", "twice as likely". */
const FIGURE = new RegExp(
  [
    String.raw`\d+(?:\.\d+)?\s?(?:%|percent\b|per\s?cent\b)`,
    String.raw`\b${SMALL_NUMBER}\s+(?:in|out\s+of)\s+(?:every\s+)?${POPULATION}\b`,
    String.raw`\b(?:twice|three\s+times|\d+(?:\.\d+)?\s+times)\s+(?:as\s+(?:many|likely|common|often)|more\s+(?:likely|common|often))\b`,
  ].join('|'),
  'i',
)

const CLAIM_STYLES = new Set(['normal'])

/** An AMA or Vancouver "Year;Vol(Issue):pages": the paragraph is a reference list, not prose. */
const REFERENCE_SOURCE =
  /\b(?:19|20)\d{2}(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?;\s*\d+(?:\([^)]*\))?:\s*[eE]?\d+/

export const uncitedClaimsRule: LintRule = (block) => {
  if (!CLAIM_STYLES.has(block.style) || hasCitation(block)) return []
  if (REFERENCE_SOURCE.test(block.text)) return []
  const claims = sentences(block.text).filter(isClinicalClaim)
  const first = claims[0]
  if (!first) return []
  const more =
    claims.length > 1
      ? ` (and ${claims.length - 1} more sentence${claims.length > 2 ? 's' : ''} in this paragraph)`
      : ''
  return [
    {
      ruleId: 'claims/uncited',
      start: first.start,
      end: first.end,
      message: `Clinical claim without a source${more}. Add a citation to the evidence that supports it, or remove the claim.`,
    },
  ]
}

/** A statement (not a question) that a treatment works, or one that gives figures. */
function isClinicalClaim(sentence: TextRange): boolean {
  if (sentence.text.endsWith('?') || looksLikeHeading(sentence.text)) return false
  return FIGURE.test(sentence.text) || assertsEffect(sentence.text)
}

function assertsEffect(text: string): boolean {
  return [...text.matchAll(EFFECT)].some(
    (match) => !DENIED.test(text.slice(Math.max(0, match.index - 24), match.index)),
  )
}

/**
 * A title-cased line without closing punctuation ("5 Ways To Relieve Muscle Spasms") is a
 * heading that was pasted as a paragraph: it announces a topic rather than asserting anything.
 */
function looksLikeHeading(text: string): boolean {
  if (/[.!:;]$/.test(text)) return false
  const words = text.split(/\s+/).filter((word) => /^\p{L}/u.test(word))
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word))
  return words.length > 0 && capitalised.length / words.length >= 0.6
}
