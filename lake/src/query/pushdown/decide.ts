import {evaluate, type ExprNode} from 'groq-js'
import {isNode, someNode} from '../ast.ts'
import {
  decideTextQueries,
  matcherFor,
  textSearches,
  textSearchOf,
  usesTextQuery,
} from '../textQuery.ts'
import {translateCondition} from './condition.ts'
import type {Condition} from './logic.ts'
import type {PlanContext} from './plan.ts'
import type {Doc} from './source.ts'

/*
 * Filters decided here document by document, when SQL could only narrow the candidates: each
 * text search in the filter is matched in JavaScript and the rest of the filter evaluated by
 * groq-js with the search's answer as a constant. (Binding a search to `_id in [every matching
 * id]` makes groq-js compare each candidate with each id: 16 s for the Studio's search among 30k
 * treatments.) Deciding one document at a time also lets an ordered, sliced query stop at the
 * rows it needs.
 */

/** Which of a page of candidates the filter keeps, in order. */
export type Decide = (rows: Doc[]) => Promise<boolean[]>

type Rewrite = (tree: unknown, context: PlanContext) => Promise<ExprNode>

/** Beyond this many distinct searches in one filter, the combinations are not worth keeping. */
const maxSearches = 4

/** The filter with each search decided one way: what SQL makes of it, and for groq-js. */
interface Decided {
  condition: Condition
  tree: Promise<ExprNode>
}

/**
 * The filter with the searches in its own scope taken out: those reached through `&&`, `||`,
 * `!` and parentheses, whose `@` is the candidate document (not those inside a subquery, an
 * array filter or a function argument).
 */
export function withoutOwnSearches(node: ExprNode): ExprNode {
  const visit = (current: unknown): unknown => {
    if (!isNode(current)) return current
    if (current.type === 'And' || current.type === 'Or')
      return {...current, left: visit(current.left), right: visit(current.right)}
    if (current.type === 'Not' || current.type === 'Group')
      return {...current, base: visit(current.base)}
    if (textSearchOf(current) !== null) return {type: 'Value', value: true}
    return current
  }
  return visit(node) as ExprNode
}

const usesParent = (tree: unknown) => someNode(tree, (node) => node.type === 'Parent')

/**
 * How to decide `filter` over candidates, or null when it depends on more than the document:
 * the enclosing scope (`^`), or a search in a nested scope (bound over every document there).
 * Candidates are grouped by which searches they match; where the rest of the filter is then
 * exact in SQL (the Studio's `… && (search || references(…)) && _type == …`), one statement
 * decides the group, and groq-js evaluates only what SQL cannot say.
 */
export function deciderFor(
  filter: ExprNode,
  context: PlanContext,
  rewrite: Rewrite,
): Decide | null {
  if (usesParent(filter) || usesTextQuery(withoutOwnSearches(filter))) return null
  const searches = [...textSearches(filter)]
  if (searches.length > maxSearches) return null
  const matchers = searches.map((search) => matcherFor(search))
  const combinations = new Map<string, Decided>()
  const decidedFor = (key: string): Decided => {
    let decided = combinations.get(key)
    if (!decided) {
      const tree = decideTextQueries(filter, (search) => key[searches.indexOf(search)] === '1')
      decided = {
        condition: translateCondition(tree, context.source.context(context.perspective)),
        tree: rewrite(tree, context),
      }
      combinations.set(key, decided)
    }
    return decided
  }
  return async (rows) => {
    const groups = new Map<string, number[]>()
    rows.forEach((row, index) => {
      const key = matchers.map((matches) => (matches(row) ? '1' : '0')).join('')
      groups.set(key, [...(groups.get(key) ?? []), index])
    })
    const kept: boolean[] = rows.map(() => false)
    for (const [key, indexes] of groups) {
      const decided = decidedFor(key)
      const members = indexes.map((index) => rows[index] as Doc)
      const answers = await decideGroup(members, decided, context)
      indexes.forEach((index, position) => (kept[index] = answers[position] === true))
    }
    return kept
  }
}

async function decideGroup(rows: Doc[], decided: Decided, context: PlanContext) {
  const {whenTrue, exact} = decided.condition
  if (exact && whenTrue) {
    if (whenTrue.text === '0' || whenTrue.text === '1') return rows.map(() => whenTrue.text === '1')
    const ids = rows.map((row) => row._id)
    const found = context.source.idsWhere(context.perspective, whenTrue, ids)
    return ids.map((id) => found.has(id))
  }
  const tree = await decided.tree
  const answers: boolean[] = []
  for (const row of rows) {
    const value = await evaluate(tree, {...context.evaluation, root: row, dataset: []})
    answers.push((await value.get()) === true)
  }
  return answers
}

/** The rows `decide` keeps, in order. */
export async function keptRows(rows: Doc[], decide: Decide): Promise<Doc[]> {
  const kept = await decide(rows)
  return rows.filter((_row, index) => kept[index])
}

/**
 * Up to `needed` kept rows from pages of candidates in order, reading at most `budget`
 * candidates, and giving up early once the share kept so far says the budget will not do;
 * `complete` says whether the answer is whole (enough kept, or no more candidates).
 */
export async function firstKept(
  page: (limit: number, offset: number) => Doc[],
  needed: number,
  decide: Decide,
  budget = Number.POSITIVE_INFINITY,
): Promise<{rows: Doc[]; complete: boolean}> {
  const kept: Doc[] = []
  let offset = 0
  let size = Math.max(needed, 32)
  while (offset < budget) {
    const limit = Math.min(size, budget - offset)
    const rows = page(limit, offset)
    const decisions = await decide(rows)
    for (const [index, row] of rows.entries()) {
      if (!decisions[index]) continue
      kept.push(row)
      if (kept.length === needed) return {rows: kept, complete: true}
    }
    if (rows.length < limit) return {rows: kept, complete: true}
    offset += rows.length
    size *= 2
    const expected = (needed * offset) / Math.max(kept.length, 1)
    if (expected > budget) break
  }
  return {rows: kept, complete: false}
}
