import {evaluate, evaluateSync, parse, type ExprNode} from 'groq-js'
import {parseQuery, QueryParseError} from './parseQuery.ts'
import {remember} from './remember.ts'
import {bindTextQueries, usesTextQuery} from './textQuery.ts'

/** What a filter sees besides the document itself (`identity()`, `before()`, `after()`). */
export interface FilterContext {
  identity?: string
  before?: unknown
  after?: unknown
}

export interface DocumentFilter {
  /** Whether `doc` matches. groq-js evaluates most filters synchronously; others fall back. */
  matches(doc: unknown, context?: FilterContext): Promise<boolean>
  /** Synchronous check for callers inside a database transaction: unsupported syntax never matches. */
  matchesNow(doc: unknown, context?: FilterContext): boolean
}

const cacheLimit = 500
const cache = new Map<string, DocumentFilter>()

const remembered = (key: string, make: () => DocumentFilter) =>
  remember(cache, cacheLimit, key, make)

function options(doc: unknown, context: FilterContext) {
  return {
    root: doc,
    identity: context.identity,
    before: context.before ?? null,
    after: context.after ?? null,
  }
}

function filterOver(expression: ExprNode | null): DocumentFilter {
  if (!expression) return {matches: async () => true, matchesNow: () => true}
  const bound = (doc: unknown) =>
    usesTextQuery(expression) ? bindTextQueries(expression, [doc]) : expression
  const matchesNow = (doc: unknown, context: FilterContext = {}) => {
    try {
      const tree = bound(doc)
      return evaluateSync(tree, options(doc, context)).data === true
    } catch {
      return false
    }
  }
  return {
    matchesNow,
    async matches(doc, context = {}) {
      const tree = bound(doc)
      try {
        return evaluateSync(tree, options(doc, context)).data === true
      } catch {
        const value = await evaluate(tree, options(doc, context))
        return (await value.get()) === true
      }
    },
  }
}

/**
 * The per-document condition of a listener query: `*[cond]`, `*[cond]{…} | order(…)` and `*`
 * all select documents by `cond` alone; projections, ordering and slices do not change which
 * documents a listener hears about.
 */
function documentCondition(tree: ExprNode, query: string): ExprNode | null {
  let node: ExprNode = tree
  for (;;) {
    if (node.type === 'Everything') return null
    if (node.type === 'Filter' && node.base.type === 'Everything') return node.expr
    if ('base' in node && node.base && typeof node.base === 'object') {
      node = node.base as ExprNode
      continue
    }
    throw new QueryParseError(
      'a listener query must select documents like *[<filter>] (optionally with a projection)',
      query,
      0,
      query.length,
    )
  }
}

/** A listener's `query` and `$params`, parsed once per (query, params) pair. */
export function listenerFilter(query: string, params: Record<string, unknown>): DocumentFilter {
  return remembered(`listen\u0000${query}\u0000${JSON.stringify(params)}`, () =>
    filterOver(documentCondition(parseQuery(query, params), query)),
  )
}

/** A bare GROQ filter expression (grant filters, webhook filters: `_type == "post"`). */
export function expressionFilter(expression: string): DocumentFilter {
  return remembered(`expr\u0000${expression}`, () => filterOver(parseExpression(expression)))
}

/** Parses an expression in delta mode, so webhook filters may use before() and after(). */
export function parseExpression(expression: string): ExprNode {
  try {
    return parse(expression, {mode: 'delta'})
  } catch {
    return parseQuery(expression, {})
  }
}
