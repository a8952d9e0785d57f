import type {Citation, RichText, RichTextNode} from '../../sanity/types.ts'

/** A citation annotation after numbering: the mark renders `number`, anchored at `anchorId`. */
export interface NumberedCitationMark {
  _type: 'citation'
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
  /** The body with each citation annotation carrying its number (unresolvable ones removed). */
  body: RichText
  references: NumberedReference[]
  /** Listed as sources but never cited in the text: shown apart, unnumbered. */
  uncited: Citation[]
}

export const referenceId = (number: number) => `ref-${number}`

function citedId(markDef: unknown): string | undefined {
  if (!markDef || typeof markDef !== 'object') return undefined
  const {_type, source} = markDef as {_type?: unknown; source?: unknown}
  if (_type !== 'citation' || !source || typeof source !== 'object') return undefined
  const ref = (source as {_ref?: unknown})._ref
  return typeof ref === 'string' ? ref : undefined
}

function markKeysInOrder(block: RichTextNode): string[] {
  const keys: string[] = []
  const children = Array.isArray(block.children) ? block.children : []
  for (const child of children) {
    const marks = (child as {marks?: unknown}).marks
    if (!Array.isArray(marks)) continue
    for (const mark of marks) if (typeof mark === 'string' && !keys.includes(mark)) keys.push(mark)
  }
  return keys
}

/**
 * Numbers citations AMA-style, in order of first use in the text. Each annotation gets an
 * anchor (`cite-<n>-<k>`, the k-th use of source n) so the reference list can link back to it.
 * Annotations pointing at a source that is not available are dropped (the text stays).
 */
export function numberCitations(body: RichText, citations: Citation[]): NumberedCitations {
  const byId = new Map(citations.map((citation) => [citation.id, citation]))
  const numbers = new Map<string, NumberedReference>()

  const numbered = body.map((block): RichTextNode => {
    if (block._type !== 'block' || !Array.isArray(block.markDefs)) return block
    const markDefs = block.markDefs as unknown[]
    const definitions = new Map<string, unknown>()
    for (const markDef of markDefs) {
      const key = (markDef as {_key?: unknown})?._key
      if (typeof key === 'string') definitions.set(key, markDef)
    }
    const replaced = new Map<string, NumberedCitationMark | null>()
    for (const key of markKeysInOrder(block)) {
      const id = citedId(definitions.get(key))
      if (id === undefined) continue
      const citation = byId.get(id)
      if (!citation) {
        replaced.set(key, null)
        continue
      }
      let reference = numbers.get(id)
      if (!reference) {
        reference = {number: numbers.size + 1, citation, anchorIds: []}
        numbers.set(id, reference)
      }
      const anchorId = `cite-${reference.number}-${reference.anchorIds.length + 1}`
      reference.anchorIds.push(anchorId)
      replaced.set(key, {_type: 'citation', _key: key, number: reference.number, anchorId})
    }
    if (replaced.size === 0 && !markDefs.some((markDef) => citedId(markDef))) return block
    const nextMarkDefs = markDefs.flatMap((markDef) => {
      const key = (markDef as {_key?: unknown})?._key
      if (typeof key !== 'string' || !citedId(markDef)) return [markDef]
      const replacement = replaced.get(key)
      return replacement ? [replacement] : []
    })
    return {...block, markDefs: nextMarkDefs}
  })

  const references = [...numbers.values()]
  const uncited = citations.filter((citation) => !numbers.has(citation.id))
  return {body: numbered, references, uncited}
}
