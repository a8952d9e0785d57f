export type TextRange = {start: number; end: number; text: string}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'st',
  'vs',
  'etc',
  'approx',
  'no',
  'fig',
  'al',
  'e.g',
  'i.e',
  'u.s',
  'jr',
  'sr',
])

/**
 * Sentences of a block with their offsets. Besides ., ! and ?, an inline "•" starts a new
 * sentence: imported pages run bullet lists into one paragraph.
 */
export function sentences(text: string): TextRange[] {
  const ranges: TextRange[] = []
  let start = 0
  const push = (end: number): void => {
    const raw = text.slice(start, end)
    const leading = raw.length - raw.trimStart().length
    const trimmed = raw.trim()
    if (trimmed)
      ranges.push({start: start + leading, end: start + leading + trimmed.length, text: trimmed})
  }
  for (const match of text.matchAll(/[.!?]+["”’)\]]*(?=\s)|•/g)) {
    if (match[0] === '•') {
      push(match.index)
      start = match.index + 1
      continue
    }
    const before = /(\S+)$/.exec(text.slice(start, match.index))?.[1] ?? ''
    const isAbbreviation = ABBREVIATIONS.has(before.toLowerCase()) || /^\p{Lu}$/u.test(before)
    if (match[0] === '.' && isAbbreviation) continue
    const end = match.index + match[0].length
    push(end)
    start = end
  }
  push(text.length)
  return ranges
}

/** Every match of a global pattern in `text`, as ranges offset by `base`. */
export function findAll(
  text: string,
  pattern: RegExp,
  base = 0,
): (TextRange & {groups: string[]})[] {
  return [...text.matchAll(pattern)].map((match) => ({
    start: base + match.index,
    end: base + match.index + match[0].length,
    text: match[0],
    groups: match.slice(1).map((group) => group ?? ''),
  }))
}
