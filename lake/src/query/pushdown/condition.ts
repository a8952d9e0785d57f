import {isNode, type AstNode as Node} from '../ast.ts'
import {escapeRegExp} from '../textQuery.ts'
import {
  attributePath,
  constantOf,
  defined,
  equals,
  memberOf,
  mirrored,
  ordered,
  storable,
  type Ordering,
} from './fields.ts'
import {
  and,
  constant,
  not,
  or,
  twoValued,
  unknown,
  type Condition,
  type ConditionContext,
} from './logic.ts'
import {join, sql, type Sql, type SqlValue} from './sql.ts'
import {textMatch} from './textMatch.ts'

/*
 * A GROQ filter (the inside of `*[…]`) as SQL over `documents`, for choosing candidate rows:
 * logic here, comparisons of fields in `fields.ts`, `match` in `textMatch.ts` (see `logic.ts`
 * for what a Condition promises).
 */

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
    return path ? defined(path, context) : unknown
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
  if (op === 'match') return textMatch(node, context)
  if (op === '<' || op === '<=' || op === '>' || op === '>=') return ordering(node, op, context)
  return unknown
}

/** `path < constant` or `constant < path` (read as `path > constant`). */
function ordering(node: Node, op: Ordering, context: ConditionContext): Condition {
  const leftPath = attributePath(node.left)
  const rightPath = attributePath(node.right)
  if (leftPath) {
    const value = constantOf(node.right)
    return value ? ordered(leftPath, op, value.value, context) : unknown
  }
  const value = constantOf(node.left)
  return rightPath && value ? ordered(rightPath, mirrored[op], value.value, context) : unknown
}

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
