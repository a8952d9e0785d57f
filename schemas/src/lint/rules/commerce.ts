import {findAll, sentences} from '../text.ts'
import type {LintRule, Phrase, RuleFinding} from './rule.ts'

const REMOVE_SALES =
  'Health content must not sell: remove it, or move it to clearly labelled advertising outside the article.'

/** The reader's own clinician or emergency services: calling them is care, not commerce. */
const CARE_CONTACT =
  /\b(?:your|their)\s+(?:own\s+|local\s+|family\s+)?(?:doctor|physician|gp|general practitioner|health ?care provider|health-care provider|provider|care team|pharmacist|nurse|clinician|specialist|midwife|surgeon|therapist)\b|\b(?:911|999|112|emergency services|an ambulance|poison control|nhs 111)\b/i

/** Emergency numbers are advice readers need; they are never flagged. */
const EMERGENCY_NUMBERS = new Set(['911', '999', '112', '000', '111'])

const PROMOTIONS: Phrase[] = [
  {
    pattern:
      /\b(?:shop|buy|order|purchase)\s+(?:now|today|online|here|our)\b|\bshop\s+for\b|\badd\s+to\s+(?:cart|basket)\b/gi,
    message: `Sales call to action. ${REMOVE_SALES}`,
  },
  {
    pattern:
      /\bcoupons?\b|\bpromo(?:tional)?\s+codes?\b|\bdiscount(?:s|ed)?\b|\bvouchers?\b|\b\d{1,3}\s?%\s+off\b|\bsave\s+(?:money|\$\s?\d+|up\s+to)\b|\bfree\s+(?:trial|shipping|gift)\b|\b(?:special|limited[- ]time|exclusive)\s+offer\b/gi,
    message: `Price promotion (coupon, discount, savings). ${REMOVE_SALES}`,
  },
  {
    pattern:
      /\b(?:industry-leading|world-class|award-winning|best-in-class|state-of-the-art)\b|\bour\s+(?:friendly\s+)?representatives\b/gi,
    message:
      'Marketing language about a provider. Describe the care neutrally, without advertising a clinic.',
  },
]

const CALL_TO_BOOK =
  /\b(?:call|phone|ring|contact|text)\b([^.!?]{0,100}?)\bto\s+(?:schedule|book|arrange|set\s+up|make|request)\b(?:\s+(?:a|an|your)(?:\s+(?:free|complimentary|initial))?\s+(?:consultation|appointment|visit|session|evaluation))?/gi
const BOOKING =
  /\b(?:book|schedule|request|make)\s+(?:a|an|your)\s+(?:free\s+|complimentary\s+|initial\s+)?(?:appointment|consultation)\b(\s+with\s+(?:your|their)\s+\w+(?:\s\w+)?)?/gi
/** "Contact us" alone is site furniture (a feedback link), not a sales pitch: only with urgency. */
const CALL_US =
  /\bcall\s+us\b(?:\s+(?:today|now))?|\bcontact\s+us\s+(?:today|now)\b|\bcall\s+(?:now|today)\b|\bgive\s+us\s+a\s+call\b/gi
const BOOKING_MESSAGE =
  'Invitation to book with a provider. Replace it with neutral advice such as “talk to your doctor”, or remove it.'

const NORTH_AMERICAN = String.raw`(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}`
const INTERNATIONAL = String.raw`\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}`
const UK_STYLE = String.raw`0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}`
const VANITY = String.raw`1[\s-]?8(?:00|33|44|55|66|77|88)[\s-]?[A-Z0-9]{3}[\s-]?[A-Z0-9]{4}`
const PHONE = new RegExp(
  String.raw`(?<![\w+-])(?:${NORTH_AMERICAN}|${INTERNATIONAL}|${UK_STYLE}|${VANITY})(?![\w-])`,
  'g',
)
const PHONE_MESSAGE =
  'Phone number in the article body. Readers come for care information, not a sales line: remove it (emergency numbers such as 911, 999 or 112 are fine).'

export const commerceRule: LintRule = (block) => {
  const findings: RuleFinding[] = []
  const promotion = (start: number, end: number, message: string): void => {
    findings.push({ruleId: 'commerce/promotion', start, end, message})
  }
  for (const sentence of sentences(block.text)) {
    for (const call of findAll(sentence.text, CALL_TO_BOOK, sentence.start)) {
      if (!CARE_CONTACT.test(call.groups[0] ?? '')) promotion(call.start, call.end, BOOKING_MESSAGE)
    }
    for (const booking of findAll(sentence.text, BOOKING, sentence.start)) {
      if (!CARE_CONTACT.test(booking.groups[0] ?? '')) {
        promotion(booking.start, booking.end, BOOKING_MESSAGE)
      }
    }
  }
  for (const call of findAll(block.text, CALL_US)) promotion(call.start, call.end, BOOKING_MESSAGE)
  for (const {pattern, message} of PROMOTIONS) {
    for (const match of findAll(block.text, pattern)) promotion(match.start, match.end, message)
  }
  for (const phone of findAll(block.text, PHONE)) {
    if (isPhoneNumber(phone.text)) {
      findings.push({
        ruleId: 'commerce/phone-number',
        start: phone.start,
        end: phone.end,
        message: PHONE_MESSAGE,
      })
    }
  }
  findings.push(...telephoneLinks(block))
  return findings
}

function isPhoneNumber(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '')
  return digits.length >= 7 && digits.length <= 15 && !EMERGENCY_NUMBERS.has(digits)
}

/** Spans linked with `tel:` to anything but an emergency number. */
function telephoneLinks(block: Parameters<LintRule>[0]): RuleFinding[] {
  const telKeys = new Set(
    block.markDefs
      .filter((def) => def.type === 'link' && def.href?.toLowerCase().startsWith('tel:'))
      .filter((def) => !EMERGENCY_NUMBERS.has((def.href ?? '').replace(/\D/g, '')))
      .map((def) => def.key),
  )
  return block.spans
    .filter((span) => span.marks.some((mark) => telKeys.has(mark)))
    .map((span) => ({
      ruleId: 'commerce/phone-number' as const,
      start: span.start,
      end: span.end,
      message: PHONE_MESSAGE,
      ...(span.key ? {spanKey: span.key} : {}),
    }))
}
