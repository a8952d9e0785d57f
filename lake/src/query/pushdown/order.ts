import {isNode, type AstNode as Node} from '../ast.ts'
import {attributePath, orderColumn} from './fields.ts'
import type {ConditionContext} from './logic.ts'
import type {OrderTerm} from './source.ts'

/*
 * The shapes of a query around a `*[…]` that SQL can order and limit for groq-js: maps that keep
 * one value per document, `order(…)` keys that are system columns, constant slices.
 */

/**
 * Walks down through maps (`*[…]{…}`, `*[…]._id`: one value per element, count and order
 * kept); returns them, outermost first, and what is below.
 */
export function peelMaps(node: unknown): {maps: Node[]; below: unknown} {
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
export function orderTerms(
  args: unknown,
  maps: Node[],
  context: ConditionContext,
): OrderTerm[] | null {
  if (!Array.isArray(args) || args.length === 0) return null
  const terms: OrderTerm[] = []
  for (const arg of args) {
    if (!isNode(arg)) return null
    const descending = arg.type === 'Desc'
    const key = arg.type === 'Desc' || arg.type === 'Asc' ? arg.base : arg
    const path = attributePath(resolveKey(key, maps))
    const column = path ? orderColumn(path, context) : null
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
export function rowsNeeded(node: Node): number | null {
  if (node.type === 'AccessElement') return rowIndex(node.index) ? node.index + 1 : null
  if (node.type !== 'Slice') return null
  const {left, right, isInclusive} = node
  if (!rowIndex(left) || !rowIndex(right)) return null
  return right + (isInclusive ? 1 : 0)
}
