import type {SourceLine} from './seedFile.ts'

export type UnitKind = 'heading' | 'paragraph' | 'bullet' | 'number' | 'references'

/** One block of a seed article before it becomes Portable Text. */
export interface Unit {
  kind: UnitKind
  text: string
  line: number
}

const bullet = '•'
const numberedItem = /^\d{1,3}[.)]\s+(?=\S)/
// "[1] Hides JA, …. [2] Cherkin DC, …": a numbered reference list run into one paragraph.
const referenceList = /^\[1\]\s.*\s\[2\]\s/

/**
 * A short line with no closing punctuation that introduces what follows ("What Can Cause A
 * Back Spasm"); a short question counts too ("What are the possible causes?").
 */
export function looksLikeHeading(text: string): boolean {
  const words = text.split(/\s+/).length
  if (text.length > 100 || !/^[\p{Lu}\p{N}]/u.test(text)) return false
  if (text.endsWith('?')) return words <= 10
  return words <= 14 && !/[.!,;:…]$/.test(text)
}

// In "… may include: • Stretching • Maintaining good posture When trying to figure out …" the
// page lost the line break after the last item. Items of an inline run are short phrases, so a
// capitalised word after a lowercase one, followed by a whole sentence, starts the prose again.
function splitTrailingProse(item: string, otherItems: string[]): [string, string?] {
  if (otherItems.some((other) => /[.!?]$/.test(other))) return [item]
  const boundary = /(?<=\p{Ll}) (?=\p{Lu}\p{Ll}+ )/u.exec(item)
  if (!boundary) return [item]
  const head = item.slice(0, boundary.index)
  const tail = item.slice(boundary.index + 1)
  if (head.split(' ').length > 8 || !/[.!?]$/.test(tail)) return [item]
  return [head, tail]
}

function splitBullets(source: SourceLine): Unit[] {
  const [lead = '', ...rawItems] = source.text.split(bullet).map((part) => part.trim())
  const items = rawItems.filter((item) => item !== '')
  const units: Unit[] = []
  if (lead !== '') units.push({kind: 'paragraph', text: lead, line: source.line})
  items.forEach((item, index) => {
    const isLastOfInlineRun = index === items.length - 1 && items.length > 1
    const [text, prose] = isLastOfInlineRun ? splitTrailingProse(item, items.slice(0, -1)) : [item]
    units.push({kind: 'bullet', text, line: source.line})
    if (prose) units.push({kind: 'paragraph', text: prose, line: source.line})
  })
  return units
}

function classifyLine(source: SourceLine): Unit[] {
  const {text, line} = source
  if (referenceList.test(text)) return [{kind: 'references', text, line}]
  if (text.includes(bullet)) return splitBullets(source)
  if (numberedItem.test(text)) {
    return [{kind: 'number', text: text.replace(numberedItem, ''), line}]
  }
  return [{kind: looksLikeHeading(text) ? 'heading' : 'paragraph', text, line}]
}

/**
 * Turns the seed's lines into blocks: "•" runs into bullet items, "1. …" lines into numbered
 * items, short unpunctuated lines that introduce a section into headings.
 */
export function structureLines(lines: SourceLine[]): Unit[] {
  const units = lines.flatMap(classifyLine)
  // A heading introduces something; one that ends the article is a stray line of text.
  const last = units.at(-1)
  if (last?.kind === 'heading') last.kind = 'paragraph'
  return units
}
