/** Just enough of Portable Text to read blocks' text and annotations. */
export interface TextBlock {
  _key: string
  _type: 'block'
  style?: string
  listItem?: string
  children: Array<{_type: string; text?: string; marks?: string[]}>
  markDefs: Array<{_key: string; _type: string}>
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The text blocks of a Portable Text value; anything else in the array is skipped. */
export function textBlocks(value: unknown): TextBlock[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((item): TextBlock[] => {
    if (!isRecord(item) || item._type !== 'block' || typeof item._key !== 'string') return []
    const children = Array.isArray(item.children) ? item.children.filter(isRecord) : []
    const markDefs = Array.isArray(item.markDefs) ? item.markDefs.filter(isRecord) : []
    return [
      {
        _key: item._key,
        _type: 'block',
        style: typeof item.style === 'string' ? item.style : undefined,
        listItem: typeof item.listItem === 'string' ? item.listItem : undefined,
        children: children.map((child) => ({
          _type: String(child._type),
          text: typeof child.text === 'string' ? child.text : undefined,
          marks: Array.isArray(child.marks) ? child.marks.map(String) : undefined,
        })),
        markDefs: markDefs.map((def) => ({_key: String(def._key), _type: String(def._type)})),
      },
    ]
  })
}

export function blockText(block: TextBlock): string {
  return block.children.map((child) => child.text ?? '').join('')
}
