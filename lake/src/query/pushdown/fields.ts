import {isNode} from '../ast.ts'
import {constant, or, twoValued, unknown, type Condition, type ConditionContext} from './logic.ts'
import {sql} from './sql.ts'

/*
 * Comparisons of one field of the document with constants (`==`, `in`, `<` … `>=`,
 * `defined()`), as SQL over `json_extract(body, '$.path')`: the expression the lake's automatic
 * field indexes are built on, so every such filter becomes an index lookup once the field has
 * been queried (the query workers report the paths, see `DocumentSource.takeFieldPaths`).
 */

const identifier = /^[A-Za-z_][A-Za-z0-9_]*$/

/** `a.b.c` on the current document as attribute names, or null for anything else. */
export function attributePath(node: unknown): string[] | null {
  if (!isNode(node)) return null
  if (node.type === 'Group') return attributePath(node.base)
  if (node.type !== 'AccessAttribute' || typeof node.name !== 'string') return null
  if (!identifier.test(node.name)) return null
  if (node.base === undefined || (isNode(node.base) && node.base.type === 'This'))
    return [node.name]
  const base = attributePath(node.base)
  return base ? [...base, node.name] : null
}

/**
 * System fields every stored document has, as string columns. `_createdAt` is not one: a client
 * may write any string there, and SQLite's copy of a string is not always JavaScript's (lone
 * surrogates), so it is read from the body like any field. `_type` is checked on write.
 */
const systemColumns: Record<string, string> = {
  _type: 'type',
  _rev: 'rev',
  _updatedAt: 'updated_at',
}

/** The column holding a top-level system field in this perspective, if it is one. */
export function systemColumn(path: string[], context: ConditionContext): string | null {
  if (path.length !== 1) return null
  const [name] = path
  if (name === '_id') return context.idColumn
  if (name === '_originalId') return context.originalIdColumn
  return (name && systemColumns[name]) ?? null
}

/**
 * Columns SQL may order by as groq-js would: ASCII only (ids are checked on write, `_rev` and
 * `_updatedAt` are the lake's own), since SQLite orders UTF-8 bytes and groq-js UTF-16 units.
 */
export function orderColumn(path: string[], context: ConditionContext): string | null {
  const column = systemColumn(path, context)
  return column === 'type' ? null : column
}

const jsonPath = (path: string[]) => `'$.${path.join('.')}'`
const extract = (path: string[]) => `json_extract(body, ${jsonPath(path)})`
const jsonType = (path: string[]) => `json_type(body, ${jsonPath(path)})`

/** A constant: a value, or an array literal of constants (`["a", "b"]` parses as one). */
export function constantOf(node: unknown): {value: unknown} | null {
  if (!isNode(node)) return null
  if (node.type === 'Group') return constantOf(node.base)
  if (node.type === 'Value') return {value: node.value}
  if (node.type !== 'Array' || !Array.isArray(node.elements)) return null
  const values: unknown[] = []
  for (const element of node.elements as unknown[]) {
    if (!isNode(element) || element.isSplat) return null
    const found = constantOf(element.value)
    if (!found) return null
    values.push(found.value)
  }
  return {value: values}
}

/** Strings SQLite stores as JavaScript has them: no lone surrogates (SQLite would replace them). */
export const storable = (value: string) => !/\p{Cs}/u.test(value)

/**
 * Numbers SQL compares as groq-js does: integers a double holds exactly, and fractions. (SQLite
 * reads a stored 664983061103948500 as that exact integer; JavaScript as a nearby double.)
 */
const comparableNumber = (value: number) =>
  Number.isSafeInteger(value) || (Number.isFinite(value) && !Number.isInteger(value))

/** `path == value` for a JSON scalar `value` (never null in GROQ, unlike SQL's `=`). */
export function equals(path: string[], value: unknown, context: ConditionContext): Condition {
  if (typeof value === 'string' && !storable(value)) return unknown
  const column = systemColumn(path, context)
  if (column) {
    return typeof value === 'string' ? twoValued(sql(`${column} = ?`, [value])) : constant(false)
  }
  if (typeof value === 'string')
    return twoValued(sql(`${extract(path)} = ? AND ${jsonType(path)} = 'text'`, [value]))
  if (typeof value === 'number' && comparableNumber(value))
    return twoValued(
      sql(`${extract(path)} = ? AND ${jsonType(path)} IN ('integer', 'real')`, [value]),
    )
  if (typeof value === 'boolean')
    return twoValued(sql(`${jsonType(path)} = '${value ? 'true' : 'false'}'`))
  if (value === null) return twoValued(sql(`coalesce(${jsonType(path)}, 'null') = 'null'`))
  return unknown
}

/** `path in [values]`: true when one element is equal. */
export function memberOf(path: string[], values: unknown[], context: ConditionContext): Condition {
  const strings = values.filter((value): value is string => typeof value === 'string')
  if (strings.length === values.length && strings.every(storable)) {
    if (strings.length === 0) return constant(false)
    const column = systemColumn(path, context)
    const marks = strings.map(() => '?').join(', ')
    if (column) return twoValued(sql(`${column} IN (${marks})`, strings))
    return twoValued(sql(`${extract(path)} IN (${marks}) AND ${jsonType(path)} = 'text'`, strings))
  }
  return or(values.map((value) => equals(path, value, context)))
}

export type Ordering = '<' | '<=' | '>' | '>='

const opposite: Record<Ordering, Ordering> = {'<': '>=', '<=': '>', '>': '<=', '>=': '<'}
export const mirrored: Record<Ordering, Ordering> = {'<': '>', '<=': '>=', '>': '<', '>=': '<='}

/**
 * Strings whose UTF-8 byte order (SQLite's) agrees with their UTF-16 order (JavaScript's)
 * against any other string: below U+D800 nothing sorts differently, since the two orders part
 * only where a surrogate pair meets U+E000–U+FFFF.
 */
const orderedAlike = (value: string) => !/[\uD800-\uFFFF]/.test(value)

/**
 * `path < value` and the other orderings, as groq-js's partialCompare decides them: numbers
 * with numbers, strings with strings (datetimes in documents are strings), booleans with
 * booleans; any other pair is null, neither true nor false. Each piece keeps to the values of
 * the constant's JSON type.
 */
export function ordered(
  path: string[],
  op: Ordering,
  value: unknown,
  context: ConditionContext,
): Condition {
  const column = systemColumn(path, context)
  if (typeof value === 'string') {
    if (!orderedAlike(value)) return unknown
    if (column) return comparedColumn(column, op, value)
    return typedRange(path, op, value, `= 'text'`)
  }
  if (column) return constant(null)
  if (typeof value === 'number' && comparableNumber(value))
    return typedRange(path, op, value, `IN ('integer', 'real')`)
  if (typeof value === 'boolean') return typedRange(path, op, value ? 1 : 0, `IN ('true', 'false')`)
  return typeof value === 'number' ? unknown : constant(null)
}

function comparedColumn(column: string, op: Ordering, value: string): Condition {
  return {
    whenTrue: sql(`${column} ${op} ?`, [value]),
    whenFalse: sql(`${column} ${opposite[op]} ?`, [value]),
    exact: true,
  }
}

/**
 * A range over the values of some JSON types (SQLite reads JSON true and false as 1 and 0). It
 * is not also bounded by type (`< ''` keeps to numbers): the planner would take that bound
 * for the index range of `year >= 2000 && year < 2003` and scan every later year.
 */
function typedRange(
  path: string[],
  op: Ordering,
  value: string | number,
  types: string,
): Condition {
  const piece = (bound: Ordering) =>
    sql(`${extract(path)} ${bound} ? AND ${jsonType(path)} ${types}`, [value])
  return {whenTrue: piece(op), whenFalse: piece(opposite[op]), exact: true}
}

/**
 * SQLite's -Infinity, below every value but NULL (numbers sort first, then text). `defined()`
 * is written as a range from here rather than `IS NOT NULL`, which the planner serves with the
 * field's index only when it has statistics.
 */
const belowEverything = '-9e999'

/** `defined(path)`: present and not null (JSON null and a missing field both extract as NULL). */
export function defined(path: string[], context: ConditionContext): Condition {
  if (systemColumn(path, context)) return constant(true)
  return {
    whenTrue: sql(`${extract(path)} >= ${belowEverything}`),
    whenFalse: sql(`${extract(path)} IS NULL`),
    exact: true,
  }
}
