import type {ExprNode} from 'groq-js'
import {someNode} from './ast.ts'

/**
 * groq-js 2 has no search engine: `text::query()` throws "not implemented". The Studio's default
 * search (groq2024) sends `[@, _id] match text::query($__query)` even for plain lists, so the lake
 * answers it itself: before evaluation every such `match` is replaced by `_id in [ids]`, the ids
 * of the documents (in the perspective being queried) whose text matches the search string.
 */

type Node = Record<string, unknown>

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null

/** The search of a `… match text::query("…")` node, or null for any other node. */
export function textSearchOf(node: unknown): string | null {
  if (!isNode(node) || node.type !== 'OpCall' || node.op !== 'match') return null
  const right = node.right
  if (!isNode(right) || right.type !== 'FuncCall') return null
  if (right.namespace !== 'text' || right.name !== 'query') return null
  const [arg] = Array.isArray(right.args) ? right.args : []
  return isNode(arg) && arg.type === 'Value' && typeof arg.value === 'string' ? arg.value : ''
}

function mapTree(node: unknown, replace: (node: Node) => Node | null): unknown {
  if (Array.isArray(node)) return node.map((item) => mapTree(item, replace))
  if (!isNode(node) || node.type === 'Value') return node
  const replaced = replace(node)
  if (replaced) return replaced
  const copy: Node = {}
  for (const [key, value] of Object.entries(node)) copy[key] = mapTree(value, replace)
  return copy
}

export const usesTextQuery = (tree: ExprNode) =>
  someNode(tree, (node) => textSearchOf(node) !== null)

/**
 * One term of a search: a phrase (matched anywhere in the document's lowercased text) or a word
 * (matched against whole words, `*` standing for any letters). `text` is what is matched,
 * lowercased; `typed` is the term as written.
 */
export interface SearchTerm {
  text: string
  typed: string
  negated: boolean
  phrase: boolean
}

interface Term extends SearchTerm {
  pattern: RegExp
}

export function searchTerms(search: string): SearchTerm[] {
  return parseSearch(search).map(({text, typed, negated, phrase}) => ({
    text,
    typed,
    negated,
    phrase,
  }))
}

/** What the matcher counts as part of a word (a word is a run of these). */
const letter = '\\p{L}\\p{N}'

function parseSearch(search: string): Term[] {
  const terms: Term[] = []
  for (const [, negation, quoted, bare] of search.matchAll(/(-?)(?:"([^"]*)"|(\S+))/g)) {
    const typed = quoted ?? bare ?? ''
    const text = typed.toLowerCase()
    const negated = negation === '-'
    if (!text || text === '*') continue
    if (quoted !== undefined) {
      terms.push({pattern: new RegExp(escapeRegExp(text)), text, typed, negated, phrase: true})
      continue
    }
    const word = text.replace(/[^\p{L}\p{N}*]+/gu, '')
    if (!word || word === '*') continue
    // A whole word of the text (a run of letters and digits) that the word matches, `*`
    // standing for any letters: one regular expression over the text, not one per word.
    const source = word.split('*').map(escapeRegExp).join(`[${letter}]*`)
    const pattern = new RegExp(`(?<![${letter}])${source}(?![${letter}])`, 'u')
    terms.push({pattern, text: word, typed, negated, phrase: false})
  }
  return terms
}

/** Whether a search string matches every document (`*`, blank): it has no terms. */
export const matchesEverything = (search: string) => parseSearch(search).length === 0

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function collectText(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(value)
  else if (Array.isArray(value)) for (const item of value) collectText(item, into)
  else if (isNode(value))
    for (const [key, inner] of Object.entries(value))
      if (key === '_id' || !key.startsWith('_')) collectText(inner, into)
}

export function matcherFor(search: string): (doc: Node) => boolean {
  const terms = parseSearch(search)
  if (terms.length === 0) return () => true
  return (doc) => {
    const strings: string[] = []
    collectText(doc, strings)
    const text = strings.join(' ').toLowerCase()
    return terms.every((term) => term.pattern.test(text) !== term.negated)
  }
}

/** Replaces each `… match text::query("…")` with `_id in [ids of matching documents]`. */
export function bindTextQueries(tree: ExprNode, documents: readonly unknown[]): ExprNode {
  return mapTree(tree, (node) => {
    const search = textSearchOf(node)
    if (search === null) return null
    // A search with no terms (the Studio's plain list sends "*") matches every document.
    if (matchesEverything(search)) return {type: 'Value', value: true}
    const matches = matcherFor(search)
    const ids = documents
      .filter(isNode)
      .filter(matches)
      .map((doc) => doc._id)
    return {
      type: 'OpCall',
      op: 'in',
      left: {type: 'AccessAttribute', name: '_id'},
      right: {type: 'Value', value: ids},
    }
  }) as ExprNode
}

/** The distinct search strings of the `text::query()` calls in a tree. */
export function textSearches(tree: ExprNode): Set<string> {
  const searches = new Set<string>()
  mapTree(tree, (node) => {
    const search = textSearchOf(node)
    if (search !== null) searches.add(search)
    return null
  })
  return searches
}

/** Replaces each `… match text::query("…")` with the constant `hit(search)`. */
export function decideTextQueries(tree: ExprNode, hit: (search: string) => boolean): ExprNode {
  return mapTree(tree, (node) => {
    const search = textSearchOf(node)
    return search === null ? null : {type: 'Value', value: hit(search)}
  }) as ExprNode
}
