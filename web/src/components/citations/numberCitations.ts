import type {Citation, RichText, RichTextNode} from '../../sanity/types.ts'

/**
 * Where a citation appears in the text after numbering: an inline node right after the cited
 * words, so the superscripts read in the same order they were numbered in.
 */
export interface CitationRef {
  _type: 'citationRef'
  _key: string
  number: number
  anchorId: string
}

export interface NumberedReference {
  number: number
  citation: Citation
  /** Ids of each place in the text that cites it, in reading order: the back-links. */
  anchorIds: string[]
}

export interface NumberedCitations {
  /** The body with citation annotations replaced by numbered `citationRef` nodes. */
  body: RichText
  references: NumberedReference[]
  /** Listed as sources but never cited in the text: shown apart, unnumbered. */
  uncited: Citation[]
}

export const referenceId = (number: number) => `ref-${number}`

interface Span {
  _type: 'span'
  marks?: unknown
  [field: string]: unknown
}

const isSpan = (child: unknown): child is Span =>
  !!child && typeof child === 'object' && (child as {_type?: unknown})._type === 'span'

const marksOf = (child: unknown): string[] =>
  isSpan(child) && Array.isArray(child.marks)
    ? child.marks.filter((mark): mark is string => typeof mark === 'string')
    : []

/** Citation annotations of a block: mark key → cited document id. */
function citationMarks(block: RichTextNode): Map<string, string> {
  const marks = new Map<string, string>()
  const markDefs = Array.isArray(block.markDefs) ? block.markDefs : []
  for (const markDef of markDefs as {_type?: unknown; _key?: unknown; source?: unknown}[]) {
    const ref = (markDef?.source as {_ref?: unknown} | undefined)?._ref
    if (
      markDef?._type === 'citation' &&
      typeof markDef._key === 'string' &&
      typeof ref === 'string'
    ) {
      marks.set(markDef._key, ref)
    }
  }
  return marks
}

/**
 * Numbers citations AMA-style, in order of first appearance in the text. Each citation
 * annotation becomes a `citationRef` after the last word it covers, anchored (`cite-<n>-<k>`, the
 * k-th use of source n) so the reference list can link back. An annotation whose source is not
 * available is dropped; its words stay.
 */
export function numberCitations(body: RichText, citations: Citation[]): NumberedCitations {
  const byId = new Map(citations.map((citation) => [citation.id, citation]))
  const numbers = new Map<string, NumberedReference>()

  const cite = (citationId: string, key: string): CitationRef[] => {
    const citation = byId.get(citationId)
    if (!citation) return []
    let reference = numbers.get(citationId)
    if (!reference) {
      reference = {number: numbers.size + 1, citation, anchorIds: []}
      numbers.set(citationId, reference)
    }
    const anchorId = `cite-${reference.number}-${reference.anchorIds.length + 1}`
    reference.anchorIds.push(anchorId)
    return [{_type: 'citationRef', _key: `${key}-${anchorId}`, number: reference.number, anchorId}]
  }

  const numbered = body.map((block): RichTextNode => {
    const cited = block._type === 'block' ? citationMarks(block) : new Map<string, string>()
    const markDefs = Array.isArray(block.markDefs) ? (block.markDefs as unknown[]) : []
    const hasCitationDefs = markDefs.some((def) => (def as {_type?: unknown})?._type === 'citation')
    if (cited.size === 0 && !hasCitationDefs) return block
    const children = Array.isArray(block.children) ? (block.children as unknown[]) : []
    const nextChildren = children.flatMap((child, index) => {
      if (!isSpan(child)) return [child]
      const marks = marksOf(child)
      const following = new Set(marksOf(children[index + 1]))
      const closing = marks.filter((mark) => cited.has(mark) && !following.has(mark))
      const refs = closing.flatMap((mark) => cite(cited.get(mark) ?? '', `${block._key}-${mark}`))
      return [{...child, marks: marks.filter((mark) => !cited.has(mark))}, ...refs]
    })
    return {
      ...block,
      markDefs: markDefs.filter((def) => (def as {_type?: unknown})?._type !== 'citation'),
      children: nextChildren,
    }
  })

  return {
    body: numbered,
    references: [...numbers.values()],
    uncited: citations.filter((citation) => !numbers.has(citation.id)),
  }
}
