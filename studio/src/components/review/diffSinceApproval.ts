import {blockText, textBlocks} from './portableText.ts'

export interface FieldChange {
  field: string
  kind: 'added' | 'removed' | 'changed'
  before?: string
  after?: string
}

const SYSTEM = new Set([
  '_id',
  '_rev',
  '_createdAt',
  '_updatedAt',
  '_originalId',
  '_system',
  '_type',
])

function summarise(value: unknown): string {
  if (value === undefined || value === null) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) {
    const blocks = textBlocks(value)
    if (blocks.length > 0) return blocks.map(blockText).join('\n')
    return value.map(summarise).join(', ')
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (typeof record._ref === 'string') return record._ref
    if (typeof record.current === 'string') return record.current
    return Object.entries(record)
      .filter(([key]) => !key.startsWith('_'))
      .map(([key, member]) => `${key}: ${summarise(member)}`)
      .join('; ')
  }
  return String(value)
}

/** Stable comparison that ignores key order and publish-time reference flags. */
function comparable(value: unknown): string {
  return JSON.stringify(value, (key, member: unknown) => {
    if (key === '_weak' || key === '_strengthenOnPublish') return undefined
    if (member && typeof member === 'object' && !Array.isArray(member)) {
      return Object.fromEntries(
        Object.entries(member as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
      )
    }
    return member
  })
}

function bodyChanges(field: string, before: unknown, after: unknown): FieldChange[] {
  const old = new Map(textBlocks(before).map((block) => [block._key, block]))
  const now = textBlocks(after)
  const changes: FieldChange[] = []
  for (const block of now) {
    const previous = old.get(block._key)
    if (!previous) changes.push({field, kind: 'added', after: blockText(block)})
    else if (comparable(previous) !== comparable(block)) {
      changes.push({field, kind: 'changed', before: blockText(previous), after: blockText(block)})
    }
    old.delete(block._key)
  }
  for (const block of old.values()) changes.push({field, kind: 'removed', before: blockText(block)})
  return changes
}

/** What changed between the approved revision and now, field by field (body paragraph by paragraph). */
export function diffSinceApproval(
  approved: Record<string, unknown>,
  current: Record<string, unknown>,
): FieldChange[] {
  const fields = [...new Set([...Object.keys(approved), ...Object.keys(current)])].filter(
    (field) => !SYSTEM.has(field),
  )
  return fields.flatMap((field): FieldChange[] => {
    const before = approved[field]
    const after = current[field]
    if (comparable(before) === comparable(after)) return []
    if (textBlocks(before).length > 0 || textBlocks(after).length > 0) {
      return bodyChanges(field, before, after)
    }
    if (before === undefined) return [{field, kind: 'added', after: summarise(after)}]
    if (after === undefined) return [{field, kind: 'removed', before: summarise(before)}]
    return [{field, kind: 'changed', before: summarise(before), after: summarise(after)}]
  })
}
