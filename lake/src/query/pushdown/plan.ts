import {evaluate, type EvaluateOptions, type ExprNode} from 'groq-js'
import {isNode, someNode, type AstNode as Node} from '../ast.ts'
import type {Perspective} from '../perspective.ts'
import {
  bindTextQueries,
  decideTextQueries,
  matcherFor,
  textSearches,
  textSearchOf,
  usesTextQuery,
} from '../textQuery.ts'
import {attributePath, orderColumn, translateCondition, type Condition} from './condition.ts'
import type {Doc, DocumentSource, OrderTerm} from './source.ts'
import {sqlTrue} from './sql.ts'

/*
 * Query pushdown: before groq-js evaluates a query, every `*` in it is replaced by the documents
 * it can possibly yield, read from SQLite with the selective parts of the query as SQL:
 *
 *   *[filter]                    candidate rows for the filter's SQL translation (`condition.ts`);
 *                                when the translation is exact the filter is done in SQL
 *   count(*[exact filter])       SELECT count(*)
 *   *[exact] | order(system field)[a...b], also through projections that keep the field:
 *                                ORDER BY … LIMIT b, so only the first b rows are read
 *
 * Everything else (projections, joins through `^`, functions, what SQL cannot say) stays for
 * groq-js, which re-applies ordering and slicing over the pre-ordered rows, so results are the
 * same as groq-js over every document (tests/unit/lake/query/differential.test.ts).
 */

const valueNode = (value: unknown): ExprNode => ({type: 'Value', value}) as ExprNode

export interface PlanContext {
  source: DocumentSource
  perspective: Perspective
  /** What the query is evaluated with (params, identity, dereference): filters decided early use it too. */
  evaluation?: EvaluateOptions
}

/** A `*` or `*[filter]` at the bottom of a chain, with its filter translated. */
interface Source {
  node: Node
  filter: unknown
  condition: Condition
}

function sourceOf(node: unknown, context: PlanContext): Source | null {
  if (!isNode(node)) return null
  if (node.type === 'Everything') return {node, filter: null, condition: everything}
  if (node.type === 'Filter' && isNode(node.base) && node.base.type === 'Everything')
    return {
      node,
      filter: node.expr,
      condition: translateCondition(node.expr, context.source.context(context.perspective)),
    }
  return null
}

const everything: Condition = {whenTrue: sqlTrue, whenFalse: null, exact: true}

/**
 * Walks down through maps (`*[…]{…}`, `*[…]._id`: one value per element, count and order
 * kept); returns them, outermost first, and what is below.
 */
function peelMaps(node: unknown): {maps: Node[]; below: unknown} {
  const maps: Node[] = []
  let current = node
  while (isNode(current) && current.type === 'Map') {
    maps.push(current)
    current = current.base
  }
  return {maps, below: current}
}

/**
 * What an order key means on the document, seen through the maps between the order and the
 * source (`{"orderings": [_updatedAt]} | order(orderings[0] desc)` orders by `_updatedAt`).
 */
function resolveKey(key: unknown, maps: Node[]): unknown {
  let expression = key
  for (const map of maps) {
    const projection = map.expr
    if (!isNode(projection) || projection.type !== 'Projection') return null
    if (!isNode(projection.base) || projection.base.type !== 'This') return null
    const object = projection.expr
    if (!isNode(object) || object.type !== 'Object' || !Array.isArray(object.attributes))
      return null
    expression = throughObject(expression, object.attributes as unknown[])
    if (expression === null) return null
  }
  return expression
}

function throughObject(expression: unknown, attributes: unknown[]): unknown {
  if (!isNode(expression)) return null
  let name: string | undefined
  let index: number | undefined
  if (expression.type === 'AccessAttribute' && expression.base === undefined)
    name = String(expression.name)
  else if (
    expression.type === 'AccessElement' &&
    isNode(expression.base) &&
    expression.base.type === 'AccessAttribute' &&
    expression.base.base === undefined &&
    typeof expression.index === 'number'
  ) {
    name = String(expression.base.name)
    index = expression.index
  } else return null
  let value: unknown = null
  for (const attribute of attributes) {
    if (!isNode(attribute)) return null
    if (attribute.type === 'ObjectAttributeValue') {
      if (attribute.name === name) value = attribute.value
    } else if (value !== null)
      return null // a later splat may overwrite the attribute
    else if (attribute.type === 'ObjectSplat' && index === undefined) {
      // `...` keeps the document's own fields: the key passes through unchanged.
      const base = attribute.value
      if (isNode(base) && base.type === 'This') value = expression
      else return null
    } else return null
  }
  if (index === undefined) return value
  if (!isNode(value) || value.type !== 'Array' || !Array.isArray(value.elements)) return null
  const elements = value.elements as unknown[]
  for (let i = 0; i <= index; i++) {
    const element = elements[i]
    if (!isNode(element) || element.isSplat) return null
    if (i === index) return element.value
  }
  return null
}

/** ORDER BY terms for `order(…)` arguments, or null when one is not a system column. */
function orderTerms(args: unknown, maps: Node[], context: PlanContext): OrderTerm[] | null {
  if (!Array.isArray(args) || args.length === 0) return null
  const terms: OrderTerm[] = []
  for (const arg of args) {
    if (!isNode(arg)) return null
    const descending = arg.type === 'Desc'
    const key = arg.type === 'Desc' || arg.type === 'Asc' ? arg.base : arg
    const path = attributePath(resolveKey(key, maps))
    const column = path ? orderColumn(path, context.source.context(context.perspective)) : null
    if (!column) return null
    terms.push({column, descending})
  }
  return terms
}

/** A LIMIT worth writing: beyond this, reading every candidate is as good. */
const maxLimit = 1_000_000

const rowIndex = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value < maxLimit

/** How many leading rows a slice or element access reads, or null when it is not constant. */
function rowsNeeded(node: Node): number | null {
  if (node.type === 'AccessElement') return rowIndex(node.index) ? node.index + 1 : null
  if (node.type !== 'Slice') return null
  const {left, right, isInclusive} = node
  if (!rowIndex(left) || !rowIndex(right)) return null
  return right + (isInclusive ? 1 : 0)
}

/**
 * `(maps)* | order(…)? (maps)* [slice]` over an exact source: read only the leading rows, in
 * order, and leave the whole chain to groq-js (sorting pre-sorted rows again changes nothing:
 * the sort is stable and the rows arrive in `_id` order within equal keys, as groq-js's do).
 */
function limited(node: Node, context: PlanContext): ExprNode | null {
  const needed = rowsNeeded(node)
  if (needed === null) return null
  const above = peelMaps(node.base)
  let order: OrderTerm[] | undefined
  let bottom = above.below
  let mapsBelowOrder: Node[] = []
  if (isNode(bottom) && bottom.type === 'PipeFuncCall' && bottom.name === 'order') {
    const below = peelMaps(bottom.base)
    mapsBelowOrder = below.maps
    const terms = orderTerms(bottom.args, mapsBelowOrder, context)
    if (!terms) return null
    order = terms
    bottom = below.below
  }
  const source = sourceOf(bottom, context)
  if (!source || !source.condition.exact || !source.condition.whenTrue) return null
  const rows = context.source.rows(context.perspective, {
    where: source.condition.whenTrue,
    order,
    limit: needed,
  })
  return replaceNode(node, source.node, valueNode(rows))
}

/** `count(*[exact])`, also through maps (they keep the count). */
function counted(node: Node, context: PlanContext): ExprNode | null {
  if (node.namespace !== 'global' || node.name !== 'count') return null
  const args = node.args
  if (!Array.isArray(args) || args.length !== 1) return null
  const source = sourceOf(peelMaps(args[0]).below, context)
  if (!source || !source.condition.exact || !source.condition.whenTrue) return null
  return valueNode(context.source.count(context.perspective, source.condition.whenTrue))
}

/** The candidate rows for a source; the filter stays unless SQL decided it exactly. */
async function fetched(source: Source, context: PlanContext): Promise<ExprNode> {
  const rows = context.source.rows(context.perspective, {
    where: source.condition.whenTrue ?? sqlTrue,
  })
  if (source.condition.exact) return valueNode(rows)
  let filter = source.filter as ExprNode
  if (usesTextQuery(filter) && !usesTextQuery(withoutOwnSearches(filter))) {
    // Every search in the filter is about the candidate itself: decide them over the rows.
    const searched = await searchedRows(filter, rows, context)
    if (searched) return valueNode(searched)
    filter = bindTextQueries(filter, rows)
  }
  // Searches in nested scopes stay for the engine to bind over every document, as groq-js does.
  return {...source.node, base: valueNode(rows), expr: await rewrite(filter, context)} as ExprNode
}

/**
 * The filter with the searches in its own scope taken out: those reached through `&&`, `||`,
 * `!` and parentheses, whose `@` is the candidate document (not those inside a subquery, an
 * array filter or a function argument).
 */
function withoutOwnSearches(node: ExprNode): ExprNode {
  const visit = (current: unknown): unknown => {
    if (!isNode(current)) return current
    if (current.type === 'And' || current.type === 'Or')
      return {...current, left: visit(current.left), right: visit(current.right)}
    if (current.type === 'Not' || current.type === 'Group')
      return {...current, base: visit(current.base)}
    if (textSearchOf(current) !== null) return valueNode(true)
    return current
  }
  return visit(node) as ExprNode
}

const usesParent = (tree: unknown) => someNode(tree, (node) => node.type === 'Parent')

/**
 * A filter with one text search, decided here document by document: the search is matched in
 * JavaScript and the rest of the filter evaluated with its answer as a constant. (Binding the
 * search to `_id in [every matching id]` makes groq-js compare each candidate with each id:
 * 16 s for the Studio's search among 30k treatments.) Filters that look up the enclosing scope
 * (`^`) depend on more than the document and keep the binding.
 */
async function searchedRows(
  filter: ExprNode,
  rows: Doc[],
  context: PlanContext,
): Promise<Doc[] | null> {
  const searches = [...textSearches(filter)]
  const [search] = searches
  if (searches.length !== 1 || search === undefined || usesParent(filter)) return null
  const matches = matcherFor(search)
  const whenHit = await rewrite(decideTextQueries(filter, true), context)
  const whenMiss = await rewrite(decideTextQueries(filter, false), context)
  const kept: Doc[] = []
  for (const row of rows) {
    const tree = matches(row) ? whenHit : whenMiss
    const value = await evaluate(tree, {...context.evaluation, root: row, dataset: []})
    if ((await value.get()) === true) kept.push(row)
  }
  return kept
}

/** A copy of `tree` with `target` (found by identity) replaced. */
function replaceNode(tree: unknown, target: unknown, replacement: ExprNode): ExprNode {
  if (tree === target) return replacement
  if (!isNode(tree) || tree.type === 'Value') return tree as ExprNode
  const copy: Node = {...tree}
  for (const [key, value] of Object.entries(tree)) {
    if (isNode(value)) copy[key] = replaceNode(value, target, replacement)
  }
  return copy as ExprNode
}

/** Rewrites every `*` in the query into the rows it needs. */
export async function rewrite(tree: unknown, context: PlanContext): Promise<ExprNode> {
  if (Array.isArray(tree))
    return (await Promise.all(tree.map((item) => rewrite(item, context)))) as never
  if (!isNode(tree) || tree.type === 'Value') return tree as ExprNode
  if (tree.type === 'FuncCall') {
    const count = counted(tree, context)
    if (count) return count
  }
  if (tree.type === 'Slice' || tree.type === 'AccessElement') {
    const pushed = limited(tree, context)
    if (pushed) return rewrite(pushed, context)
  }
  const source = sourceOf(tree, context)
  if (source) return fetched(source, context)
  const copy: Node = {...tree}
  for (const [key, value] of Object.entries(tree)) {
    if (isNode(value) || Array.isArray(value)) copy[key] = await rewrite(value, context)
  }
  return copy as ExprNode
}

/** The documents a query sees when nothing can be pushed down: every one, in `_id` order. */
export const allRows = (context: PlanContext): Doc[] =>
  context.source.rows(context.perspective, {where: sqlTrue})
