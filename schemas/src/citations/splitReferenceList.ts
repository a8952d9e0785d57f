/** "[3]", "3." or "3)" where a reference starts: at the start of the text or after whitespace. */
const MARKER = /(?:^|\s)(?:\[(\d{1,3})\]|(\d{1,3})[.)](?=\s))\s*/g
/** Text before the first number is kept only when it looks like a reference itself. */
const LOOKS_LIKE_REFERENCE = /\b(?:19|20)\d{2}\b/

/**
 * Splits a pasted reference list into single references, without their numbers. Understands
 * "[1] … [2] …" runs on one line and numbered lists ("1. …", "2) …"); a number only counts as
 * a marker when it is the next in sequence, so volume numbers and years are never split on.
 * Text without markers is split one reference per line.
 */
export function splitReferenceList(text: string): string[] {
  return numberedReferences(text) ?? nonEmptyLines(text)
}

/** The references of a numbered list, or undefined when the text carries no list numbers. */
export function numberedReferences(text: string): string[] | undefined {
  const markers = sequentialMarkers(text)
  if (markers.length === 0) return undefined
  const references: string[] = []
  const preamble = text.slice(0, markers[0]?.start ?? 0).trim()
  if (LOOKS_LIKE_REFERENCE.test(preamble)) references.push(...nonEmptyLines(preamble))
  markers.forEach((marker, index) => {
    const end = markers[index + 1]?.start ?? text.length
    const reference = collapse(text.slice(marker.contentStart, end))
    if (reference) references.push(reference)
  })
  return references
}

type Marker = {number: number; start: number; contentStart: number}

/**
 * The markers that number the list: a chain 1, 2, 3… (or n, n+1… when the text opens with n).
 * A lone "1." inside a title does not start a chain unless it opens the text.
 */
function sequentialMarkers(text: string): Marker[] {
  const found = [...text.matchAll(MARKER)].map((match): Marker => {
    const leadingSpace = match[0].length - match[0].trimStart().length
    return {
      number: Number(match[1] ?? match[2]),
      start: match.index + leadingSpace,
      contentStart: match.index + match[0].length,
    }
  })
  for (const [index, first] of found.entries()) {
    const opensText = text.slice(0, first.start).trim() === ''
    if (first.number !== 1 && !opensText) continue
    const chain = [first]
    for (const next of found.slice(index + 1)) {
      if (next.number === (chain.at(-1)?.number ?? 0) + 1) chain.push(next)
    }
    if (chain.length >= 2 || opensText) return chain
  }
  return []
}

function nonEmptyLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map(collapse)
    .filter((line) => line.length > 0)
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
