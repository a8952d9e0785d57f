import {TEXT_INDEX_TABLE} from '../../store/textIndex.ts'
import {isNode, type AstNode as Node} from '../ast.ts'
import {matchesEverything, searchTerms, textSearchOf} from '../textQuery.ts'
import {attributePath, constantOf} from './fields.ts'
import {candidates, constant, unknown, type Condition, type ConditionContext} from './logic.ts'
import {sql} from './sql.ts'

/*
 * `match` narrowed by the full-text index (`store/textIndex.ts`, trigrams): every document a
 * JavaScript matcher accepts contains some piece of literal text, so it holds that piece's
 * trigrams, and the FTS5 query asks for them; the matchers still decide each candidate. Only
 * pieces of ASCII are asked for (where SQLite's case folding and JavaScript's agree), three
 * characters or longer; a search with none (negations only, short words, other scripts)
 * narrows nothing.
 */

/** A piece of literal text longer than this asks for no more of its trigrams. */
const maxTrigrams = 16

const asciiPiece = /^[\u0021-\u007E]+$/

/** `"abc" AND "bcd" …` for the pieces, or null when none is long enough. */
function trigramQuery(pieces: string[]): string | null {
  const trigrams = new Set<string>()
  for (const piece of pieces) {
    if (!asciiPiece.test(piece)) continue
    const folded = piece.toLowerCase()
    for (let start = 0; start + 3 <= folded.length; start++)
      trigrams.add(folded.slice(start, start + 3))
  }
  if (trigrams.size === 0) return null
  return [...trigrams]
    .slice(0, maxTrigrams)
    .map((trigram) => `"${trigram.replaceAll('"', '""')}"`)
    .join(' AND ')
}

/**
 * An FTS5 query every document matched by the `text::query()` search satisfies, or null. A
 * word's text between its `*`s is in the document; so is each space-free piece of a phrase
 * (the matcher joins a document's strings with spaces, so no such piece spans two strings).
 */
export function textQueryTerms(search: string): string | null {
  const pieces = searchTerms(search).flatMap((term) => {
    if (term.negated || /[\u0080-\uFFFF]/.test(term.typed)) return []
    return term.phrase ? term.text.split(/\s+/) : term.text.split('*')
  })
  return trigramQuery(pieces)
}

/*
 * groq-js's `match` reads words as runs of anything but its separators (ASCII punctuation and
 * spaces), after dropping dots next to a letter or digit; a pattern's word (its first 1,024
 * characters) is a regular expression anchored at both ends, where `*` stands for anything and
 * a remaining `.` for any one character. What lies between those is in the document's text, in
 * the string itself or in its copy without dots (see textIndex.ts).
 */
const patternWords = /[^!@#$%^&(),\\/?";:{}|[\]+<>\s-]+/g
const edgeDots = /(\b\.+|\.+\b)/g

/** An FTS5 query every string matching all `patterns` (groq-js `match`) satisfies, or null. */
export function matchPatternTerms(patterns: string[]): string | null {
  const pieces: string[] = []
  for (const pattern of patterns)
    for (const [patternWord] of pattern.replace(edgeDots, '').matchAll(patternWords))
      pieces.push(...patternWord.slice(0, 1024).split(/[*.]/))
  return trigramQuery(pieces)
}

const byTextIndex = (terms: string): Condition =>
  candidates(
    sql(
      `documents.rowid IN (SELECT rowid FROM ${TEXT_INDEX_TABLE} WHERE ${TEXT_INDEX_TABLE} MATCH ?)`,
      [terms],
    ),
  )

/**
 * Fields whose strings the index holds: not under a key starting with `_`, but `_id` (the
 * drafts perspective's `_id` is the stored one without `drafts.`, so its text is in there too).
 */
function indexedField(node: unknown): boolean {
  const last = attributePath(node)?.at(-1)
  return last !== undefined && (!last.startsWith('_') || last === '_id')
}

/** The fields `match` reads: one field, its elements (`synonyms[]`), or an array of fields. */
function matchedFields(node: unknown): unknown[] {
  if (isNode(node) && node.type === 'ArrayCoerce') return [node.base]
  if (isNode(node) && node.type === 'Array' && Array.isArray(node.elements))
    return (node.elements as unknown[]).map((element) =>
      isNode(element) && !element.isSplat ? element.value : null,
    )
  return [node]
}

/** `left match right`, as candidates from the full-text index where it can vouch for them. */
export function textMatch(node: Node, context: ConditionContext): Condition {
  const search = textSearchOf(node)
  if (search !== null) {
    // The Studio's plain list searches for `*`: every document.
    if (matchesEverything(search)) return constant(true)
    const terms = context.textIndex ? textQueryTerms(search) : null
    return terms ? byTextIndex(terms) : unknown
  }
  if (!context.textIndex) return unknown
  if (!matchedFields(node.left).every(indexedField)) return unknown
  const patterns = constantOf(node.right)?.value
  const strings = typeof patterns === 'string' ? [patterns] : patterns
  if (!Array.isArray(strings) || !strings.every((item) => typeof item === 'string')) return unknown
  const terms = matchPatternTerms(strings)
  return terms ? byTextIndex(terms) : unknown
}
