import {isNode, type AstNode as Node} from '../ast.ts'
import {escapeRegExp, matchesEverything, textSearchOf} from '../textQuery.ts'
import {join, notTrue, sql, sqlFalse, sqlTrue, type Sql, type SqlValue} from './sql.ts'

/**
 * A GROQ filter as SQL over the `documents` table, for choosing candidate rows.
 *
 * GROQ's logic has three values, like SQL's, but its `==` is never null where SQL's is, so each
 * condition carries two pieces: `whenTrue` selects the rows where the GROQ expression is true and
 * `whenFalse` the rows where it is false (what `!` turns into true). A piece that is `null` is
 * unknown: any row may qualify. When `exact` is false the pieces are supersets, so groq-js must
 * still evaluate the filter over the rows they select.
 */
export interface Condition {
  whenTrue: Sql | null
  whenFalse: Sql | null
  exact: boolean
}

/**
 * How the query's perspective names things: in the drafts perspective `_id` is `pub_id` and
 * `_originalId` is the stored id; elsewhere `_originalId` is whatever the body holds.
 */
export interface ConditionContext {
  idColumn: 'id' | 'pub_id'
  originalIdColumn: 'id' | null
}

const unknown: Condition = {whenTrue: null, whenFalse: null, exact: false}

/** A condition that is true exactly on `whenTrue` and false everywhere else. */
const twoValued = (whenTrue: Sql): Condition => ({
  whenTrue,
  whenFalse: notTrue(whenTrue),
  exact: true,
})

const constant = (value: boolean | null): Condition => ({
  whenTrue: value === true ? sqlTrue : sqlFalse,
  whenFalse: value === false ? sqlTrue : sqlFalse,
  exact: true,
})

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

/** A constant: a value, or an array literal of constants (`["a", "b"]` parses as one). */
function constantOf(node: unknown): {value: unknown} | null {
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
const storable = (value: string) => !/\p{Cs}/u.test(value)

/**
 * Numbers SQL compares as groq-js does: integers a double holds exactly, and fractions. (SQLite
 * reads a stored 664983061103948500 as that exact integer; JavaScript as a nearby double.)
 */
const comparableNumber = (value: number) =>
  Number.isSafeInteger(value) || (Number.isFinite(value) && !Number.isInteger(value))

/** `path == value` for a JSON scalar `value` (never null in GROQ, unlike SQL's `=`). */
function equals(path: string[], value: unknown, context: ConditionContext): Condition {
  if (typeof value === 'string' && !storable(value)) return unknown
  const column = systemColumn(path, context)
  if (column) {
    return typeof value === 'string' ? twoValued(sql(`${column} = ?`, [value])) : constant(false)
  }
  const extract = `json_extract(body, ${jsonPath(path)})`
  const type = `json_type(body, ${jsonPath(path)})`
  if (typeof value === 'string')
    return twoValued(sql(`${extract} = ? AND ${type} = 'text'`, [value]))
  if (typeof value === 'number' && comparableNumber(value))
    return twoValued(sql(`${extract} = ? AND ${type} IN ('integer', 'real')`, [value]))
  if (typeof value === 'boolean') return twoValued(sql(`${type} = '${value ? 'true' : 'false'}'`))
  if (value === null) return twoValued(sql(`coalesce(${type}, 'null') = 'null'`))
  return unknown
}

/** `path in [values]`: true when one element is equal. */
function memberOf(path: string[], values: unknown[], context: ConditionContext): Condition {
  const strings = values.filter((value): value is string => typeof value === 'string')
  if (strings.length === values.length && strings.every(storable)) {
    if (strings.length === 0) return constant(false)
    const column = systemColumn(path, context)
    const marks = strings.map(() => '?').join(', ')
    if (column) return twoValued(sql(`${column} IN (${marks})`, strings))
    return twoValued(
      sql(
        `json_extract(body, ${jsonPath(path)}) IN (${marks}) AND json_type(body, ${jsonPath(path)}) = 'text'`,
        strings,
      ),
    )
  }
  return or(values.map((value) => equals(path, value, context)))
}

/**
 * `_id in path(pattern)` as groq-js decides it: segments joined by any one character (groq-js
 * joins them with an unescaped `.`), so only the first literal segment is a fixed prefix for an
 * index range, and a pattern with no dot is plain equality.
 */
function inPath(pattern: string, context: ConditionContext): Condition {
  const column = context.idColumn
  const segments = pattern.split('.')
  const [first = ''] = segments
  if (segments.length === 1 && first !== '*' && first !== '**')
    return twoValued(sql(`${column} = ?`, [pattern]))
  const match = sql(`groq_path_match(?, ${column})`, [pattern])
  if (!first || first === '*' || first === '**') return twoValued(match)
  return twoValued(join('AND', [sql(`${column} >= ? AND ${column} < ?`, range(first)), match]))
}

/** The strings that start with `prefix` lie in [prefix, prefix with its last character + 1). */
function range(prefix: string): SqlValue[] {
  const last = prefix.charCodeAt(prefix.length - 1)
  return [prefix, prefix.slice(0, -1) + String.fromCharCode(last + 1)]
}

/** `references(…)` with constant arguments: one lookup in `document_refs`. */
function references(args: unknown[]): Condition {
  const ids = new Set<string>()
  for (const arg of args) {
    const found = constantOf(arg)
    if (!found) return unknown
    if (typeof found.value === 'string') ids.add(found.value)
    else if (Array.isArray(found.value))
      for (const item of found.value) if (typeof item === 'string') ids.add(item)
  }
  if (![...ids].every(storable)) return unknown
  if (ids.size === 0) return constant(false)
  const marks = [...ids].map(() => '?').join(', ')
  return twoValued(
    sql(`documents.id IN (SELECT document_id FROM document_refs WHERE ref IN (${marks}))`, [
      ...ids,
    ]),
  )
}

/** `sanity::versionOf(id)`: the document itself, its draft, and its release versions. */
function versionOf(args: unknown[], context: ConditionContext): Condition {
  const found = args.length === 1 ? constantOf(args[0]) : null
  if (!found) return unknown
  if (typeof found.value !== 'string') return constant(null)
  if (!storable(found.value)) return unknown
  const base = found.value
  const column = context.idColumn
  return twoValued(
    join('OR', [
      sql(`${column} IN (?, ?)`, [base, `drafts.${base}`]),
      sql(
        `${column} >= 'versions.' AND ${column} < 'versions/' AND groq_version_of(?, ${column})`,
        [base],
      ),
    ]),
  )
}

function call(node: Node, context: ConditionContext): Condition {
  const args = Array.isArray(node.args) ? (node.args as unknown[]) : []
  const name = `${String(node.namespace)}::${String(node.name)}`
  if (name === 'global::defined' && args.length === 1) {
    const path = attributePath(args[0])
    if (!path) return unknown
    if (systemColumn(path, context)) return constant(true)
    const type = `json_type(body, ${jsonPath(path)})`
    return twoValued(sql(`${type} IS NOT NULL AND ${type} <> 'null'`))
  }
  if (name === 'global::references') return references(args)
  if (name === 'sanity::versionOf') return versionOf(args, context)
  return unknown
}

function comparison(node: Node, context: ConditionContext): Condition {
  const op = node.op
  if (op === '==' || op === '!=') {
    const leftPath = attributePath(node.left)
    const rightPath = attributePath(node.right)
    const leftValue = constantOf(node.left)
    const rightValue = constantOf(node.right)
    const path = leftPath ?? rightPath
    const value = leftPath ? rightValue : leftValue
    if (!path || !value) return unknown
    const equal = equals(path, value.value, context)
    return op === '==' ? equal : not(equal)
  }
  if (op === 'in') {
    const path = attributePath(node.left)
    if (!path) return unknown
    const values = constantOf(node.right)
    if (values && Array.isArray(values.value)) return memberOf(path, values.value, context)
    const right = node.right
    if (
      isNode(right) &&
      right.type === 'FuncCall' &&
      right.namespace === 'global' &&
      right.name === 'path' &&
      path.length === 1 &&
      path[0] === '_id'
    ) {
      const [pattern] = Array.isArray(right.args) ? (right.args as unknown[]) : []
      const found = constantOf(pattern)
      if (found && typeof found.value === 'string')
        return storable(found.value) ? inPath(found.value, context) : unknown
      if (found) return constant(null)
    }
    return unknown
  }
  if (op === 'match') {
    // Only a search with no terms (the Studio's `*` list) is decided here; real searches are
    // bound by textQuery.ts over the candidate documents.
    const search = textSearchOf(node)
    return search !== null && matchesEverything(search) ? constant(true) : unknown
  }
  return unknown
}

function and(parts: Condition[]): Condition {
  const whenTrue = parts.map((part) => part.whenTrue).filter((piece) => piece !== null)
  const whenFalse = parts.map((part) => part.whenFalse)
  return {
    whenTrue: join('AND', whenTrue),
    whenFalse: whenFalse.includes(null) ? null : join('OR', whenFalse as Sql[]),
    exact: parts.every((part) => part.exact),
  }
}

function or(parts: Condition[]): Condition {
  const whenTrue = parts.map((part) => part.whenTrue)
  const whenFalse = parts.map((part) => part.whenFalse).filter((piece) => piece !== null)
  return {
    whenTrue: whenTrue.includes(null) ? null : join('OR', whenTrue as Sql[]),
    whenFalse: join('AND', whenFalse),
    exact: parts.every((part) => part.exact),
  }
}

const not = (part: Condition): Condition => ({
  whenTrue: part.whenFalse,
  whenFalse: part.whenTrue,
  exact: part.exact,
})

/** Past these, SQLite refuses the statement (32,766 variables, expression depth 1,000). */
const limits = {params: 10_000, operators: 400}

function tooLarge(piece: Sql | null): boolean {
  if (!piece) return false
  if (piece.params.length > limits.params) return true
  return (piece.text.match(/ (?:AND|OR) /g)?.length ?? 0) > limits.operators
}

/** Translates a filter expression (the inside of `*[…]`); too large for SQL is unknown. */
export function translateCondition(node: unknown, context: ConditionContext): Condition {
  const condition = translate(node, context)
  return tooLarge(condition.whenTrue) ? unknown : condition
}

function translate(node: unknown, context: ConditionContext): Condition {
  if (!isNode(node)) return unknown
  switch (node.type) {
    case 'Group':
      return translate(node.base, context)
    case 'And':
      return and([translate(node.left, context), translate(node.right, context)])
    case 'Or':
      return or([translate(node.left, context), translate(node.right, context)])
    case 'Not':
      return not(translate(node.base, context))
    case 'Value':
      return node.value === true || node.value === false || node.value === null
        ? constant(node.value)
        : constant(null)
    case 'OpCall':
      return comparison(node, context)
    case 'FuncCall':
      return call(node, context)
    default:
      return unknown
  }
}

/** GROQ's path pattern: `*` is one segment, `**` any number of characters. */
export function pathPatternRegExp(pattern: string): RegExp {
  const parts = pattern
    .split('.')
    .map((part) => (part === '*' ? '[^.]+' : part === '**' ? '.*' : escapeRegExp(part)))
  // As groq-js: the separator is an unescaped `.`, any one character.
  return new RegExp(`^${parts.join('.')}$`)
}

/** `sanity::versionOf(base)` for one id (the SQL above narrows to these shapes first). */
export function isVersionOf(base: string, id: string): boolean {
  if (id === base) return true
  const parts = id.split('.')
  if (parts.length >= 2 && parts[0] === 'drafts' && parts.slice(1).join('.') === base) return true
  return parts.length >= 3 && parts[0] === 'versions' && parts.slice(2).join('.') === base
}
