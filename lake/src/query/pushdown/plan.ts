import type {EvaluateOptions, ExprNode} from 'groq-js'
import {isNode, type AstNode as Node} from '../ast.ts'
import type {Perspective} from '../perspective.ts'
import {bindTextQueries, usesTextQuery} from '../textQuery.ts'
import {translateCondition} from './condition.ts'
import {deciderFor, firstKept, keptRows, withoutOwnSearches, type Decide} from './decide.ts'
import type {Condition} from './logic.ts'
import {orderTerms, peelMaps, rowsNeeded} from './order.ts'
import type {Doc, DocumentSource, OrderTerm} from './source.ts'
import {sqlTrue, type Sql} from './sql.ts'

/*
 * Query pushdown: before groq-js evaluates a query, every `*` in it is replaced by the documents
 * it can possibly yield, read from SQLite with the selective parts of the query as SQL:
 *
 *   *[filter]                    candidate rows for the filter's SQL translation (`condition.ts`);
 *                                when the translation is exact the filter is done in SQL, else
 *                                groq-js (and the JavaScript text matchers) decide the candidates
 *   count(*[exact filter])       SELECT count(*)
 *   *[filter] | order(system field)[a...b], also through projections that keep the field:
 *                                ORDER BY … LIMIT b, so only the first b rows are read (an
 *                                inexact filter is decided page by page until b rows are kept)
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
 * `(maps)* | order(…)? (maps)* [slice]`: read only the leading rows, in order, and leave the
 * whole chain to groq-js (sorting pre-sorted rows again changes nothing: the sort is stable and
 * the rows arrive in `_id` order within equal keys, as groq-js's do). An inexact filter is
 * decided here over candidates in that order, until enough are kept.
 */
async function limited(node: Node, context: PlanContext): Promise<ExprNode | null> {
  const needed = rowsNeeded(node)
  if (needed === null) return null
  const above = peelMaps(node.base)
  let order: OrderTerm[] | undefined
  let bottom = above.below
  if (isNode(bottom) && bottom.type === 'PipeFuncCall' && bottom.name === 'order') {
    const below = peelMaps(bottom.base)
    const terms = orderTerms(bottom.args, below.maps, context.source.context(context.perspective))
    if (!terms) return null
    order = terms
    bottom = below.below
  }
  const source = sourceOf(bottom, context)
  if (!source) return null
  if (source.condition.exact) {
    if (!source.condition.whenTrue) return null
    const rows = context.source.rows(context.perspective, {
      where: source.condition.whenTrue,
      order,
      limit: needed,
    })
    return replaceNode(node, source.node, valueNode(rows))
  }
  const decide = deciderFor(source.filter as ExprNode, context, rewrite)
  if (!decide) return null
  const rows = await firstDecided(source, {order, needed, decide}, context)
  return replaceNode(node, source.node, valueNode(rows))
}

/**
 * The first `needed` candidates in order that the filter keeps. When the full-text index
 * narrows the candidates, up to three times the rows needed are read without it first (less
 * when the first page keeps too few): for a common
 * word the first rows in order hold the answer sooner than the index lists every document
 * with the word (12 ms for a word in half of 100k documents; 2 ms for one in a hundredth).
 */
async function firstDecided(
  source: Source,
  wanted: {order: OrderTerm[] | undefined; needed: number; decide: Decide},
  context: PlanContext,
): Promise<Doc[]> {
  const {order, needed, decide} = wanted
  const page = (where: Sql) => (limit: number, offset: number) =>
    context.source.rows(context.perspective, {where, order, limit, offset})
  const narrowed = source.condition.whenTrue ?? sqlTrue
  const sqlContext = context.source.context(context.perspective)
  const broad =
    translateCondition(source.filter, {...sqlContext, textIndex: false}).whenTrue ?? sqlTrue
  if (broad.text !== narrowed.text) {
    const first = await firstKept(page(broad), needed, decide, needed * 3)
    if (first.complete) return first.rows
  }
  return (await firstKept(page(narrowed), needed, decide)).rows
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
  if (usesTextQuery(filter)) {
    const decide = deciderFor(filter, context, rewrite)
    if (decide) return valueNode(await keptRows(rows, decide))
    // A filter that looks up the enclosing scope (`^`) keeps its searches bound to candidates.
    if (!usesTextQuery(withoutOwnSearches(filter))) filter = bindTextQueries(filter, rows)
  }
  // Searches in nested scopes stay for the engine to bind over every document, as groq-js does.
  return {...source.node, base: valueNode(rows), expr: await rewrite(filter, context)} as ExprNode
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
    const pushed = await limited(tree, context)
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
