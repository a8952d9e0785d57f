import {LakeError} from '../errors.ts'

/** The Content Lake's documented limits. */
export const maxDocumentBytes = 32 * 1024 * 1024
export const maxNestingDepth = 20

/** Checks one document's serialized size and attribute nesting; `json` is its stored form. */
export function assertWithinLimits(id: string, document: unknown, json: string): void {
  const bytes = Buffer.byteLength(json, 'utf8')
  if (bytes > maxDocumentBytes) {
    throw new LakeError({
      status: 413,
      type: 'documentTooLargeError',
      description: `Document "${id}" is ${bytes} bytes, over the limit of ${maxDocumentBytes} bytes (32 MB); split its content across documents`,
      details: {id, size: bytes, limit: maxDocumentBytes},
    })
  }
  const depth = nestingDepth(document)
  if (depth > maxNestingDepth) {
    throw new LakeError({
      status: 400,
      type: 'documentTooDeepError',
      description: `Document "${id}" nests attributes ${depth} levels deep, over the limit of ${maxNestingDepth}; flatten its structure`,
      details: {id, depth, limit: maxNestingDepth},
    })
  }
}

/**
 * `_type` is kept in its own column, which SQLite stores as UTF-8: a lone surrogate would be
 * replaced there and no longer match the body. Real Sanity types are identifiers anyway.
 */
export function assertStorableType(id: string, type: string): void {
  if (!/\p{Cs}/u.test(type)) return
  throw new LakeError({
    status: 400,
    type: 'invalidDocumentError',
    description: `Document "${id}" has a _type with a lone UTF-16 surrogate; use a type name such as "article"`,
    details: {id},
  })
}

/**
 * Attribute levels of the deepest value: `{a: 1}` is 1, `{a: {b: [1]}}` is 3 (array items
 * count as a level). Counted iteratively, so hostile input cannot overflow the stack.
 */
function nestingDepth(root: unknown): number {
  let deepest = 0
  const pending: Array<{value: object; depth: number}> = []
  if (typeof root === 'object' && root !== null) pending.push({value: root, depth: 0})
  for (let next = pending.pop(); next; next = pending.pop()) {
    const {value, depth} = next
    const children: unknown[] = Array.isArray(value) ? value : Object.values(value)
    if (children.length > 0 && depth + 1 > deepest) deepest = depth + 1
    for (const child of children) {
      if (typeof child === 'object' && child !== null)
        pending.push({value: child, depth: depth + 1})
    }
  }
  return deepest
}
