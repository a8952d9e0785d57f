import {blockText, textBlocks, type TextBlock} from './portableText.ts'

export interface ParagraphCoverage {
  key: string
  /** 1-based position among the body's paragraphs and list items, as an editor counts them. */
  number: number
  excerpt: string
  /** How many citation annotations the paragraph's text carries. */
  citations: number
}

export interface CitationCoverage {
  paragraphs: ParagraphCoverage[]
  cited: number
  uncited: number
}

const isProse = (block: TextBlock) =>
  (block.style ?? 'normal') === 'normal' || block.style === 'blockquote' || Boolean(block.listItem)

function citationsIn(block: TextBlock): number {
  const citationKeys = new Set(
    block.markDefs.filter((def) => def._type === 'citation').map((def) => def._key),
  )
  const used = new Set<string>()
  for (const child of block.children) {
    for (const mark of child.marks ?? []) if (citationKeys.has(mark)) used.add(mark)
  }
  return used.size
}

/** Which paragraphs of a body carry sources: the Review view lists the ones that do not. */
export function citationCoverage(body: unknown): CitationCoverage {
  const paragraphs = textBlocks(body)
    .filter(isProse)
    .filter((block) => blockText(block).trim() !== '')
    .map((block, index) => {
      const text = blockText(block).trim()
      return {
        key: block._key,
        number: index + 1,
        excerpt: text.length > 90 ? `${text.slice(0, 87)}…` : text,
        citations: citationsIn(block),
      }
    })
  const cited = paragraphs.filter((paragraph) => paragraph.citations > 0).length
  return {paragraphs, cited, uncited: paragraphs.length - cited}
}
