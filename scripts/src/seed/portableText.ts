import {deterministicKey} from './keys.ts'

export type BlockStyle = 'normal' | 'h2' | 'h3'
export type ListKind = 'bullet' | 'number'

export interface Span {
  _type: 'span'
  _key: string
  text: string
  marks: string[]
}

export interface Block {
  _type: 'block'
  _key: string
  style: BlockStyle
  markDefs: never[]
  children: Span[]
  listItem?: ListKind
  level?: number
}

export interface BlockSpec {
  text: string
  style?: BlockStyle
  listItem?: ListKind
}

/** One plain-text Portable Text block; `origin` (file or document id, field, index) fixes its keys. */
export function textBlock(spec: BlockSpec, ...origin: Array<string | number>): Block {
  return {
    _type: 'block',
    _key: deterministicKey(...origin),
    style: spec.style ?? 'normal',
    markDefs: [],
    children: [
      {_type: 'span', _key: deterministicKey(...origin, 'span'), text: spec.text, marks: []},
    ],
    ...(spec.listItem ? {listItem: spec.listItem, level: 1} : {}),
  }
}

/** Blocks for a field of a curated document: keys from the document id, field and position. */
export function richText(documentId: string, field: string, specs: BlockSpec[]): Block[] {
  return specs.map((spec, index) => textBlock(spec, documentId, field, index))
}

/** Plain text of blocks, one line per block (for reports and tests). */
export function plainText(blocks: Block[]): string {
  return blocks.map((block) => block.children.map((span) => span.text).join('')).join('\n')
}
