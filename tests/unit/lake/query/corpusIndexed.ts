import type {CorpusQuery} from './corpus.ts'

const q = (name: string, query: string, params?: Record<string, unknown>): CorpusQuery => ({
  name,
  query,
  params,
})

/**
 * Documents for the filters SQL answers with the field indexes: values that sort differently
 * in SQLite and JavaScript.
 */
export const indexedEdgeDocuments = [
  {
    _id: 'edge-range-1',
    _type: 'edge',
    n: -3.5,
    s: '\uFFFF',
    d: '2024-05-01T10:00:00Z',
    flag: false,
  },
  {_id: 'edge-range-2', _type: 'edge', n: 2, s: '\u{1F600}', d: '2024-05-01', flag: 0},
  {_id: 'edge-range-3', _type: 'edge', n: 9007199254740991, s: 'a\u0000b', d: 20240501},
]

/** Ranges, `defined()` and `in`, on any field: SQL decides them, through the field indexes. */
export const fieldQueries: CorpusQuery[] = [
  q('range', `*[_type == "citation" && year >= 2020]._id`),
  q('two-sided range', `*[_type == "citation" && year > 2000 && year <= 2003]{_id, year}`),
  q('range with the constant first', `*[_type == "citation" && 2010 < year]._id`),
  q('negated range', `*[_type == "citation" && !(year < 2010)]._id`),
  q('counted range', `count(*[_type == "citation" && year >= 2000 && year < 2005])`),
  q('range from a parameter', `*[_type == "citation" && year > $year]._id`, {year: 2022}),
  q(
    'range ordered and sliced',
    `*[_type == "citation" && year > 2015] | order(_updatedAt desc)[0...5]._id`,
  ),
  q('range over numbers of every kind', `*[_type == "edge" && n > 1]._id`),
  q('range below', `*[_type == "edge" && n < 2]._id`),
  q('range at an integer and a real', `*[_type == "edge" && n >= 1.0]._id`),
  q('range at the largest safe integer', `*[_type == "edge" && n >= 9007199254740991]._id`),
  q('range beyond safe integers', `*[_type == "edge" && n > 664983061103948000]._id`),
  q('range over strings, not numbers', `*[_type == "edge" && s > "a"]._id`),
  q('range of strings at x', `*[_type == "edge" && s >= "x"]._id`),
  q('range of strings below', `*[_type == "edge" && s < "b"]._id`),
  q('range past U+D800', `*[_type == "edge" && s < "\uFFFF"]._id`),
  q('range of a string against numbers', `*[_type == "edge" && s > 0]._id`),
  q('range of booleans', `*[_type == "edge" && flag > false]._id`),
  q('range of a boolean against a number', `*[_type == "edge" && flag < 1]._id`),
  q('range against null', `*[_type == "edge" && n > null]._id`),
  q('negated range against null', `*[_type == "edge" && !(n > null)]._id`),
  q('range of an object', `*[_type == "edge" && obj > "a"]._id`),
  q('range of datetimes as strings', `*[_type == "edge" && d > "2024-05-01"]._id`),
  q('negated range of strings', `*[_type == "edge" && !(s > "a")]._id`),
  q('range of ids', `*[_type == "edge" && _id >= "edge-n"]._id`),
  q('range of types', `*[_type >= "t"][0...5]._id`),
  q('range of types past the BMP', `*[_type > "edge"]._id`),
  q('range of _updatedAt', `count(*[_updatedAt > "2000-01-01"])`),
  q('range of _updatedAt against a number', `*[_updatedAt > 5]._id`),
  q('range of _createdAt beyond the BMP', `*[_type == "edge" && _createdAt > "a"]._id`),
  q('range of a lone surrogate', `*[_type == "edge" && lone > "a"]._id`),
  q('defined', `*[_type == "edge" && defined(n)]._id`),
  q('defined false', `*[_type == "edge" && defined(flag)]._id`),
  q('defined nested', `*[_type == "edge" && defined(obj.a)]._id`),
  q('defined array', `*[_type == "edge" && defined(arr)]._id`),
  q('not defined string', `*[_type == "edge" && !defined(s)]._id`),
  q('defined null', `*[_type == "edge" && defined(nul)]._id`),
  q('counted defined', `count(*[defined(slug.current)])`),
  q('defined within a type', `count(*[_type == "citation" && defined(doi)])`),
  q(
    'defined ordered and sliced',
    `*[_type == "treatment" && defined(kind)] | order(_updatedAt desc)[0...4]._id`,
  ),
  q('in numbers', `*[_type == "edge" && n in [1, 2]]._id`),
  q('in booleans and numbers', `*[_type == "edge" && flag in [true, 1]]._id`),
  q('in years', `*[_type == "citation" && year in [2000, 2001]]._id`),
  q('in mixed', `*[_type in ["edge", "edgetext"] && s in ["x", 1]]._id`),
  q('range or equality', `*[_type == "citation" && (year < 1992 || status == "retracted")]._id`),
]
