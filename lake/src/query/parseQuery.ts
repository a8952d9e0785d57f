import {parse, type ExprNode} from 'groq-js'

/** A GROQ syntax problem, located in the query text (Sanity's `queryParseError`). */
export class QueryParseError extends Error {
  override name = 'QueryParseError'
  readonly query: string
  readonly start: number
  readonly end: number
  constructor(description: string, query: string, start: number, end: number) {
    super(description)
    this.query = query
    this.start = start
    this.end = end
  }
  toBody() {
    return {
      error: {
        type: 'queryParseError',
        description: this.message,
        query: this.query,
        start: this.start,
        end: this.end,
      },
    }
  }
}

const positionPrefix = /^Syntax error in GROQ query at position \d+: /

function unresolvedParameter(node: unknown): string | null {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = unresolvedParameter(item)
      if (found) return found
    }
    return null
  }
  if (typeof node !== 'object' || node === null) return null
  const record = node as Record<string, unknown>
  if (record.type === 'Parameter' && typeof record.name === 'string') return record.name
  // Values are already-resolved data, not syntax: nothing inside them can be a parameter.
  if (record.type === 'Value') return null
  for (const value of Object.values(record)) {
    const found = unresolvedParameter(value)
    if (found) return found
  }
  return null
}

/**
 * Parses a query with its parameters inlined (groq-js resolves `$name` at parse time) and rejects
 * parameters that were referenced but not given, as Sanity does.
 */
export function parseQuery(query: string, params: Record<string, unknown>): ExprNode {
  let tree: ExprNode
  try {
    tree = parse(query, {params})
  } catch (error) {
    const position =
      typeof error === 'object' && error !== null && 'position' in error
        ? Number(error.position)
        : 0
    const message = error instanceof Error ? error.message.replace(positionPrefix, '') : 'invalid'
    throw new QueryParseError(message, query, position, Math.min(position + 1, query.length))
  }
  const missing = unresolvedParameter(tree)
  if (missing) {
    const at = Math.max(0, query.indexOf(`$${missing}`))
    throw new QueryParseError(
      `param $${missing} referenced, but not provided`,
      query,
      at,
      at + missing.length + 1,
    )
  }
  return tree
}
