import {deterministicKey} from './keys.ts'
import {SeedConsistencyError} from './errors.ts'
import {reference, type Reference} from './references.ts'

export type BlockStyle = 'normal' | 'h2' | 'h3'
export type ListKind = 'bullet' | 'number'

export interface Span {
  _type: 'span'
  _key: string
  text: string
  marks: string[]
}

/** The "Cite a source" annotation: the marked words are backed by `source`. */
export interface CitationMark {
  _type: 'citation'
  _key: string
  source: Reference
}

export interface Block {
  _type: 'block'
  _key: string
  style: BlockStyle
  markDefs: CitationMark[]
  children: Span[]
  listItem?: ListKind
  level?: number
}

/** Words of a block that a source backs, as an editor marks them with "Cite a source". */
export interface CitedWords {
  words: string
  /** Citation document ids (published ids), in the order they are cited. */
  sources: string[]
}

export interface BlockSpec {
  text: string
  style?: BlockStyle
  listItem?: ListKind
  cites?: CitedWords[]
}

// Each cited phrase becomes its own span carrying one citation mark per source; the text
// around it stays unmarked. Phrases are found in order and must not overlap.
function citedSpans(spec: BlockSpec, origin: Array<string | number>) {
  const markDefs: CitationMark[] = []
  const pieces: Array<{text: string; marks: string[]}> = []
  let offset = 0
  for (const [index, cited] of (spec.cites ?? []).entries()) {
    const at = spec.text.indexOf(cited.words, offset)
    if (at < 0 || cited.words === '') {
      throw new SeedConsistencyError(
        `The words "${cited.words}" cited in "${spec.text.slice(0, 60)}…" are not in its text (after the previous citation).`,
      )
    }
    const marks = cited.sources.map((source, position) => {
      const key = deterministicKey(...origin, 'cite', index, position)
      markDefs.push({
        _type: 'citation',
        _key: key,
        source: reference({id: source, type: 'citation', draftOnly: true}),
      })
      return key
    })
    if (at > offset) pieces.push({text: spec.text.slice(offset, at), marks: []})
    pieces.push({text: cited.words, marks})
    offset = at + cited.words.length
  }
  if (offset < spec.text.length || pieces.length === 0)
    pieces.push({text: spec.text.slice(offset), marks: []})
  return {markDefs, pieces}
}

/** One Portable Text block; `origin` (file or document id, field, index) fixes its keys. */
export function textBlock(spec: BlockSpec, ...origin: Array<string | number>): Block {
  const {markDefs, pieces} = citedSpans(spec, origin)
  return {
    _type: 'block',
    _key: deterministicKey(...origin),
    style: spec.style ?? 'normal',
    markDefs,
    children: pieces.map((piece, index) => ({
      _type: 'span',
      // The first span keeps the key a plain block always had.
      _key: deterministicKey(...origin, 'span', ...(index === 0 ? [] : [index])),
      text: piece.text,
      marks: piece.marks,
    })),
    ...(spec.listItem ? {listItem: spec.listItem, level: 1} : {}),
  }
}

/** Blocks for a field of a curated document: keys from the document id, field and position. */
export function richText(documentId: string, field: string, specs: BlockSpec[]): Block[] {
  return specs.map((spec, index) => textBlock(spec, documentId, field, index))
}

/** Every citation a field's blocks cite, in order of first citation. */
export function citedSources(specs: BlockSpec[]): string[] {
  return [...new Set(specs.flatMap((spec) => (spec.cites ?? []).flatMap((cited) => cited.sources)))]
}

/** Plain text of blocks, one line per block (for reports and tests). */
export function plainText(blocks: Block[]): string {
  return blocks.map((block) => block.children.map((span) => span.text).join('')).join('\n')
}
