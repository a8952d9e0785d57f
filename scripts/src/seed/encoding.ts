// Mojibake is UTF-8 that was decoded as Windows-1252 or Latin-1 somewhere upstream: every
// multi-byte character became two to four Latin characters ("’" → "â€™"). Where the page
// went through Latin-1, the bytes 0x80–0x9F became invisible C1 controls that were later
// stripped, leaving only the lead character ("Don’t" → "Donât"). The first case can be undone
// exactly by re-encoding; the second has lost the bytes that said which punctuation it was,
// so it is restored from context (apostrophe, opening or closing quote, dash).

const windows1252: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
}

const continuation = `[\\u0080-\\u00BF${Object.keys(windows1252).join('')}]`
const encodedSequence = new RegExp(
  `[\\u00C2-\\u00DF]${continuation}|[\\u00E0-\\u00EF]${continuation}{2}|[\\u00F0-\\u00F4]${continuation}{3}`,
  'g',
)
const strictUtf8 = new TextDecoder('utf-8', {fatal: true})

function byteOf(char: string): number {
  const code = char.codePointAt(0) ?? 0
  return code <= 0xff ? code : (windows1252[char] ?? 0)
}

function reencode(sequence: string): string {
  const bytes = Uint8Array.from([...sequence].map(byteOf))
  try {
    return strictUtf8.decode(bytes)
  } catch {
    return sequence
  }
}

// "â" (U+00E2) is the lead byte of U+2000–U+2FFF, where typographic punctuation lives. Left
// alone (its continuation bytes stripped, or only "€"/U+0080 left of them), the characters
// around it tell which punctuation it stood for. A genuine "â" sits inside a word ("pâte"),
// which none of these patterns touch.
const orphan = '\u00E2(?:[\u20AC\u0080](?![\u0080-\u00BF\u2018-\u201E\u2020-\u2122]))?'
const apostrophe = new RegExp(`(?<=\\p{L})${orphan}(?=(?:s|t|d|m|ll|re|ve)(?!\\p{L}))`, 'giu')
const dash = new RegExp(`(?<=\\s)${orphan}(?=\\s)`, 'gu')
const closingQuote = new RegExp(`(?<=[\\p{L}\\p{N}.,!?;:)])${orphan}(?=\\s|$|[.,;:!?)\\]])`, 'gu')
const openingBeforeCapital = new RegExp(`(?<=^|[\\s(\\[])${orphan}(?=[\\p{Lu}\\p{N}])`, 'gu')
const openingBeforeLower = new RegExp(`(?<=^|[\\s(\\[])${orphan}(?=\\p{Ll})`, 'gu')

export interface RepairResult {
  text: string
  /** How many damaged characters were restored. */
  repairs: number
}

function replaceCounting(text: string, pattern: RegExp, replace: (match: string) => string) {
  let count = 0
  const result = text.replace(pattern, (match) => {
    const replacement = replace(match)
    if (replacement !== match) count += 1
    return replacement
  })
  return {text: result, count}
}

function repairOrphans(line: string): {text: string; count: number} {
  let count = 0
  const step = (text: string, pattern: RegExp, replacement: string) => {
    const result = replaceCounting(text, pattern, () => replacement)
    count += result.count
    return result.text
  }
  let text = step(line, apostrophe, '’')
  text = step(text, dash, '–')
  const beforeClosing = count
  text = step(text, closingQuote, '”')
  const closedAQuote = count > beforeClosing
  text = step(text, openingBeforeCapital, '“')
  // Before a lowercase letter an orphan could be a real word ("âge"); only a closing quote
  // restored on the same line makes it an opening quote.
  if (closedAQuote) text = step(text, openingBeforeLower, '“')
  return {text, count}
}

/** Undoes UTF-8 → Windows-1252/Latin-1 mojibake, line by line. */
export function repairMojibake(text: string): RepairResult {
  let repairs = 0
  const lines = text.split('\n').map((line) => {
    const exact = replaceCounting(line, encodedSequence, reencode)
    const orphans = repairOrphans(exact.text)
    repairs += exact.count + orphans.count
    return orphans.text
  })
  return {text: lines.join('\n'), repairs}
}
