import {removeLineChrome, type ChromeRemoval} from './chrome.ts'
import {repairMojibake} from './encoding.ts'
import {SeedInputError} from './errors.ts'
import {decodeSeedFile, type SourceLine} from './seedFile.ts'
import {structureLines, type Unit} from './structure.ts'
import {leadSentences, titleFromSentence} from './text.ts'

export interface SeedFile {
  /** File name inside the seeds folder, e.g. `000_fb3f776ffc41bf6b.txt`. */
  file: string
  bytes: Uint8Array
}

/** A seed article taken apart: what becomes the draft, and what the import report lists. */
export interface ImportedSeed {
  file: string
  /** The three digits the file name starts with: `article-seed-<number>`. */
  number: string
  title: string
  /** The source's own title, when it had a heading to take it from. */
  sourceTitle?: string
  standfirst: string
  body: Unit[]
  /** Reference-list paragraphs, to become citation documents rather than body text. */
  referenceLists: string[]
  chrome: ChromeRemoval[]
  encodingRepairs: number
}

const seedFileName = /^(\d{3})_[\w-]*\.txt$/

const comparable = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')

function normalizeLines(lines: SourceLine[]): SourceLine[] {
  return lines
    .map(({line, text}) => ({line, text: text.replace(/[\s\u00A0]+/g, ' ').trim()}))
    .filter(({text}) => text !== '')
}

// The title repeated as a heading or image alt text, and any paragraph printed twice (an
// image caption that repeats the text above it), are chrome too.
function removeRepeats(units: Unit[], title: string) {
  const seen = new Set([comparable(title)])
  const kept: Unit[] = []
  const removed: ChromeRemoval[] = []
  for (const unit of units) {
    const key = comparable(unit.text)
    if (unit.kind === 'bullet' || unit.kind === 'number' || !seen.has(key)) {
      seen.add(key)
      kept.push(unit)
      continue
    }
    const rule = key === comparable(title) ? 'repeated-title' : 'repeated-text'
    removed.push({line: unit.line, text: unit.text, rule})
  }
  return {kept, removed}
}

function takeTitle(file: string, units: Unit[]) {
  const [first, ...rest] = units
  if (first?.kind === 'heading') return {title: first.text, sourceTitle: first.text, body: rest}
  if (first?.kind === 'paragraph') return {title: titleFromSentence(first.text), body: units}
  throw new SeedInputError(
    file,
    first?.line ?? 1,
    first
      ? `has no title: the article starts with a ${first.kind} instead of a heading or a paragraph`
      : 'has nothing left but page chrome, so there is no title and no text',
    'Start the file with the article title on a line of its own',
  )
}

/** Reads one seed file: repairs its encoding, removes page chrome and finds its structure. */
export function importSeed({file, bytes}: SeedFile): ImportedSeed {
  const number = seedFileName.exec(file)?.[1]
  if (!number) {
    throw new SeedInputError(
      file,
      1,
      'is not named like a seed (three digits, "_", a name, ".txt")',
      'Rename it, e.g. 005_my-article.txt',
    )
  }
  const lines = decodeSeedFile(file, bytes)
  let encodingRepairs = 0
  const repaired = lines.map(({line, text}) => {
    const result = repairMojibake(text)
    encodingRepairs += result.repairs
    return {line, text: result.text}
  })
  const lineChrome = removeLineChrome(normalizeLines(repaired))
  const units = structureLines(lineChrome.kept)
  const {title, sourceTitle, body} = takeTitle(file, units)
  const repeats = removeRepeats(body, title)
  const content = repeats.kept.filter((unit) => unit.kind !== 'references')
  const firstParagraph = content.find((unit) => unit.kind === 'paragraph')
  return {
    file,
    number,
    title,
    ...(sourceTitle === undefined ? {} : {sourceTitle}),
    standfirst: firstParagraph ? leadSentences(firstParagraph.text) : '',
    body: content,
    referenceLists: repeats.kept.filter((unit) => unit.kind === 'references').map((u) => u.text),
    chrome: [...lineChrome.removed, ...repeats.removed].sort((a, b) => a.line - b.line),
    encodingRepairs,
  }
}
