import {z} from 'zod'

export type TextSpan = {key?: string; text: string; marks: string[]; start: number; end: number}

export type MarkDefinition = {key: string; type: string; ref?: string; href?: string}

/** A Portable Text block reduced to what the lint rules read, with span offsets. */
export type TextBlock = {
  key: string
  style: string
  listItem?: string
  text: string
  spans: TextSpan[]
  markDefs: MarkDefinition[]
}

const blockSchema = z.object({
  _type: z.literal('block'),
  _key: z.string().optional().catch(undefined),
  style: z.string().optional().catch(undefined),
  listItem: z.string().optional().catch(undefined),
  children: z.array(z.unknown()).catch([]),
  markDefs: z.array(z.unknown()).optional().catch(undefined),
})

const spanSchema = z.object({
  _type: z.literal('span'),
  _key: z.string().optional().catch(undefined),
  text: z.string().catch(''),
  marks: z.array(z.string()).optional().catch(undefined),
})

const markDefSchema = z.object({
  _key: z.string(),
  _type: z.string(),
  source: z
    .object({_ref: z.string()})
    .transform(({_ref: ref}) => ref)
    .optional()
    .catch(undefined),
  href: z.string().optional().catch(undefined),
})

/**
 * The block's text for lint purposes, or undefined for anything that is not a text block
 * (images, embeds). Malformed children are skipped rather than failing the whole block: lint
 * must keep working on half-edited content. Blocks without `_key` get `#<index>`.
 */
export function readTextBlock(value: unknown, index: number): TextBlock | undefined {
  const parsed = blockSchema.safeParse(value)
  if (!parsed.success) return undefined
  const {_key: blockKey, ...block} = parsed.data
  const spans: TextSpan[] = []
  let offset = 0
  for (const child of block.children) {
    const span = spanSchema.safeParse(child)
    if (!span.success) continue
    const {_key: key, text, marks = []} = span.data
    spans.push({...(key ? {key} : {}), text, marks, start: offset, end: offset + text.length})
    offset += text.length
  }
  const markDefs = (block.markDefs ?? []).flatMap((entry): MarkDefinition[] => {
    const def = markDefSchema.safeParse(entry)
    if (!def.success) return []
    const {_key: key, _type: type, source: ref, href} = def.data
    return [{key, type, ...(ref ? {ref} : {}), ...(href ? {href} : {})}]
  })
  return {
    key: blockKey ?? `#${index}`,
    style: block.style ?? 'normal',
    ...(block.listItem ? {listItem: block.listItem} : {}),
    text: spans.map((span) => span.text).join(''),
    spans,
    markDefs,
  }
}

/** The plain text of a Portable Text block (its spans joined); '' for anything else. */
export function plainText(block: unknown): string {
  return readTextBlock(block, 0)?.text ?? ''
}

/**
 * True when a span of the block carries a `citation` annotation that points at a citation
 * document (an annotation whose source was never picked cites nothing).
 */
export function hasCitation(block: TextBlock): boolean {
  const citationKeys = new Set(
    block.markDefs.filter((def) => def.type === 'citation' && def.ref).map((def) => def.key),
  )
  return block.spans.some((span) => span.marks.some((mark) => citationKeys.has(mark)))
}

/** The key of the span that contains the character at `offset`. */
export function spanKeyAt(block: TextBlock, offset: number): string | undefined {
  return block.spans.find((span) => offset >= span.start && offset < span.end)?.key
}
