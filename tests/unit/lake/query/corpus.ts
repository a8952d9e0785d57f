import {readFileSync} from 'node:fs'
import path from 'node:path'
import {root} from '@vetted/scripts/steps'
import {
  articlePageQuery,
  clinicalIndexQuery,
  clinicalPreviewQuery,
  conditionPageQuery,
  previewTargetQuery,
  treatmentPageQuery,
} from '../../../../web/src/sanity/queries/clinical.ts'
import {personBySlugQuery} from '../../../../web/src/sanity/queries/people.ts'
import {searchQuery} from '../../../../web/src/sanity/queries/search.ts'
import {siteSettingsQuery} from '../../../../web/src/sanity/queries/settings.ts'
import {fieldQueries, textQueries} from './corpusIndexed.ts'

export interface CorpusQuery {
  name: string
  query: string
  params?: Record<string, unknown>
}

/**
 * What the real Studio 6.16 sent, shaped by hand to this dataset's ids (the document list with
 * and without a search term, its lookups by id and version, slug validation, a Vision join).
 * The Studio's own requests, verbatim, are `recordedStudioQueries` below.
 */
export const studioQueries: CorpusQuery[] = [
  {
    name: 'studio: document list (search strategy groq2024, empty search)',
    query: `*[_type in $__types && ([@, _id] match text::query($__query) || references($__rawQuery)) && (_type == $type)] {_type, _id, _originalId, "orderings": [_updatedAt]} | order(orderings[0] desc) [0...$__limit]`,
    params: {__types: ['condition'], __limit: 101, __query: '*', __rawQuery: '', type: 'condition'},
  },
  {
    name: 'studio: document list searched for a word',
    query: `*[_type in $__types && ([@, _id] match text::query($__query) || references($__rawQuery)) && (_type == $type)] {_type, _id, _originalId, "orderings": [_updatedAt]} | order(orderings[0] desc) [0...$__limit]`,
    params: {
      __types: ['treatment'],
      __limit: 101,
      __query: 'lumbar*',
      __rawQuery: 'lumbar',
      type: 'treatment',
    },
  },
  {
    name: 'studio: releases',
    query: `*[_type=="system.release" && _id in path("_.releases.*")] {_id, _type, _rev, _createdAt, _updatedAt, state, "metadata": coalesce(metadata, {"title": ""}), ...select(length(error.message) > 0 => { error }, {})} | order(_createdAt desc)`,
  },
  {
    name: 'studio: version ids',
    query: `[*[sanity::versionOf("condition-000001")]._id,*[sanity::versionOf("edge-bool")]._id]`,
  },
  {
    name: 'studio: document paths',
    query: `[*[_id in ["condition-000001","drafts.condition-000002"]][0...2]{_id,_rev,_type,name,_createdAt,_updatedAt}][0...1]`,
  },
  {
    name: 'studio: version set',
    query: `*[sanity::versionOf($publishedId)]._id`,
    params: {publishedId: 'condition-000002'},
  },
  {
    name: 'studio: canvas links',
    query: `*[_type == "sanity.canvas.link" && studioDocumentId in $ids]._id`,
    params: {ids: ['condition-000001']},
  },
  {
    name: 'studio: slug is unique',
    query: `!defined(*[_type == $docType && !sanity::versionOf($published) && slug.current == $slug][0]._id)`,
    params: {docType: 'condition', published: 'condition-000003', slug: 'condition-3'},
  },
  {
    name: 'studio: vision with a join',
    query: `*[_type == "condition"]{_id, name, "author": author->name}`,
  },
]

/** The Studio's traffic recorded against the lake (tests/fixtures/studio, see its README). */
export const recordedRequestsFile = path.join(
  root,
  'tests',
  'fixtures',
  'studio',
  'studio-6.16-requests.jsonl',
)

interface RecordedRequest {
  method: string
  path: string
  query: Record<string, string | string[]>
  body?: string
  bodyLength?: number
}

/** A recorded `data/query` request's query and params: `$name=<JSON>` on a GET, a POST body. */
function queryOf(request: RecordedRequest): CorpusQuery | undefined {
  if (!/^\/v[^/]+\/data\/query\//.test(request.path)) return undefined
  if (request.method === 'POST') {
    // A body cut short in the recording cannot be replayed.
    if (!request.body || request.bodyLength !== undefined) return undefined
    const {query, params} = JSON.parse(request.body) as {
      query: string
      params?: Record<string, unknown>
    }
    return {name: '', query, params}
  }
  const query = request.query['query']
  if (typeof query !== 'string') return undefined
  const params = Object.fromEntries(
    Object.entries(request.query)
      .filter(([name]) => name.startsWith('$'))
      .map(([name, value]) => [name.slice(1), JSON.parse(String(value)) as unknown]),
  )
  return {name: '', query, params}
}

/**
 * Every distinct query (with its params) the Studio sent while an editor signed in, opened the
 * Articles list and an article, and saved an edit. Their ids are the demo dataset's as it was
 * recorded; whether those exist here does not matter: both engines must agree either way.
 */
export function recordedStudioQueries(file = recordedRequestsFile): CorpusQuery[] {
  const seen = new Set<string>()
  const queries: CorpusQuery[] = []
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue
    const request = JSON.parse(line) as RecordedRequest
    const found = queryOf(request)
    if (!found) continue
    const key = JSON.stringify([found.query, found.params])
    if (seen.has(key)) continue
    seen.add(key)
    const tag = request.query['tag'] ?? 'untagged'
    const gist = found.query
      .replace(/\/\/[^\n]*/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 60)
    queries.push({
      ...found,
      name: `recorded studio #${queries.length + 1} (${String(tag)}): ${gist}`,
    })
  }
  return queries
}

/** The reader site's queries (web/src/sanity/queries). */
export const siteQueries: CorpusQuery[] = [
  {name: 'site: condition page', query: conditionPageQuery, params: {slug: 'lower-back-spasm'}},
  {
    name: 'site: condition page (synthetic)',
    query: conditionPageQuery,
    params: {slug: 'condition-4'},
  },
  {name: 'site: treatment page', query: treatmentPageQuery, params: {slug: 'treatment-7'}},
  {
    name: 'site: article page',
    query: articlePageQuery,
    params: {slug: 'lower-back-spasms-what-helps'},
  },
  {name: 'site: preview', query: clinicalPreviewQuery, params: {id: 'condition-000005'}},
  {name: 'site: preview target', query: previewTargetQuery, params: {id: 'treatment-000003'}},
  {name: 'site: trust-gate index', query: clinicalIndexQuery},
  {name: 'site: person', query: personBySlugQuery, params: {slug: 'person-1'}},
  {name: 'site: search', query: searchQuery, params: {terms: 'lumbar*'}},
  {name: 'site: settings', query: siteSettingsQuery},
]

const q = (name: string, query: string, params?: Record<string, unknown>): CorpusQuery => ({
  name,
  query,
  params,
})

/** GROQ whose SQL translation is easy to get subtly wrong. */
export const trickyQueries: CorpusQuery[] = [
  q('boolean equality is not 1', `*[_type == "edge" && flag == true]._id`),
  q('number equality is not true', `*[_type == "edge" && flag == 1]._id`),
  q('integer and real are equal', `*[_type == "edge" && n == 1]._id`),
  q('string "1" is not 1', `*[_type == "edge" && s == "1"]._id`),
  q('an object is not its JSON text', `*[_type == "edge" && obj == '{"a":1}']._id`),
  q('null equals missing and null', `*[_type == "edge" && nul == null]._id`),
  q('not equal includes missing', `*[_type == "edge" && s != "1"]._id`),
  q('negated equality', `*[_type == "edge" && !(flag == true)]._id`),
  q('negated null stays null', `*[_type == "edge" && !(null)]._id`),
  q('defined', `*[_type == "edge" && defined(obj)]._id`),
  q('not defined', `*[_type == "edge" && !defined(nul)]._id`),
  q('nested field', `*[_type == "edge" && obj.a == 1]._id`),
  q('in a list of strings', `*[_type == "edge" && s in ["1", "x"]]._id`),
  q('in a mixed list', `*[_type == "edge" && s in [1, "x", true]]._id`),
  q('in an empty list', `*[_type == "edge" && s in []]._id`),
  q('bare attribute as condition', `*[_type == "person" && isReviewer]._id`),
  q('constant conditions', `{"t": count(*[true]), "f": *[false], "n": *[null]}`),
  q('references deep, not inside a reference', `*[references("y")]._id`),
  q('references several', `*[references("x", ["z", 5])]._id`),
  q('references nothing', `*[references([])]._id`),
  q('back-references', `*[references("condition-000003")]{_id, _type}`),
  q('back-references by type', `*[_type == "treatment" && references($id)] | order(_id)._id`, {
    id: 'condition-000002',
  }),
  q(
    'correlated back-references',
    `*[_type == "condition"][0...4]{_id, "treatments": *[_type == "treatment" && references(^._id)]._id}`,
  ),
  q(
    'counted back-references',
    `*[_type == "condition"]{_id, "n": count(*[_type == "treatment" && references(^._id)])}[0...3]`,
  ),
  q('path drafts.**', `*[_id in path("drafts.**")]._id`),
  q('path drafts.*', `*[_id in path("drafts.*")]._id`),
  q('path *', `*[_id in path("*")][0...20]._id`),
  q('path **', `count(*[_id in path("**")])`),
  q('path without wildcard', `*[_id in path("edge-bool")]._id`),
  q('path of a dotted id', `*[_id in path("drafts.edge-bool")]._id`),
  q('not in drafts', `*[!(_id in path("drafts.**")) && _type == "edge"]._id`),
  q('versionOf', `*[sanity::versionOf("edge-bool")]._id`),
  q('not versionOf', `*[!sanity::versionOf("edge-bool") && _type == "edge"]._id`),
  q('versionOf a number', `*[sanity::versionOf(5)]._id`),
  q('count everything', `count(*)`),
  q('count by a field value', `count(*[_type == "citation" && status == "verified"])`),
  q('count through a map', `count(*[_type == "treatment"]._id)`),
  q('count an inexact filter', `count(*[_type == "citation" && year > 2000])`),
  q('list by _updatedAt', `*[_type == "treatment"] | order(_updatedAt desc)[0...5]{_id, name}`),
  q(
    'list by two system keys, inclusive slice',
    `*[_type == "treatment"] | order(_createdAt asc, _id desc)[2..4]._id`,
  ),
  q('element', `*[_type == "condition"][3]._id`),
  q('negative element', `*[_type == "condition"][-1]._id`),
  q('slice without order', `*[_type == "citation"][10...15]._id`),
  q('order by a content field', `*[_type == "person"] | order(name asc)[0...3]._id`),
  q(
    'order by an inexact filter',
    `*[_type == "citation" && year > 2000] | order(_updatedAt desc)[0...5]{year, _id}`,
  ),
  q(
    'order after a splat projection',
    `*[_type == "treatment"]{..., "x": 1} | order(_updatedAt desc)[0...3]._id`,
  ),
  q(
    'order through an array projection',
    `*[_type == "treatment"]{"orderings": [_updatedAt, _id]} | order(orderings[1] desc)[0...3]`,
  ),
  q(
    'order by an overwritten attribute',
    `*[_type == "treatment"]{"_updatedAt": name} | order(_updatedAt desc)[0...3]`,
  ),
  q(
    'by slug with joins',
    `*[_type == "condition" && slug.current == "condition-3"][0]{name, "author": author->name, "citations": citations[]->{title, status}}`,
  ),
  q(
    'by id, both ids',
    `*[_id in ["condition-000001", "drafts.condition-000001"]]{_id, _originalId}`,
  ),
  q('original id', `*[_id == "condition-000001"][0]._originalId`),
  q(
    'or across types',
    `*[_type in ["condition", "treatment"] && (kind == "surgery" || evidenceLevel == "strong")][0...30]._id`,
  ),
  q(
    'not in a list',
    `*[_type == "citation" && !(status in ["verified", "retracted"])][0...10]._id`,
  ),
  q('text search', `*[_type == "condition" && [@, _id] match text::query("lumbar")]._id`),
  q(
    'text search excluding a word',
    `*[_type == "condition" && [@, _id] match text::query("spasm -lumbar")]._id`,
  ),
  q(
    'text search outside a filter',
    `*[_type == "edge"]{_id, "hit": [@, _id] match text::query("x")}`,
  ),
  q(
    'text search that looks up the enclosing document',
    `*[_type == "condition"][0...3]{"t": *[_type == "treatment" && references(^._id) && [@, _id] match text::query("lumbar")]._id}`,
  ),
  q(
    'two text searches in one filter',
    `*[_type == "treatment" && [@, _id] match text::query("lumbar") && [@, _id] match text::query("spasm")]._id`,
  ),
  q('match', `*[_type == "condition" && name match "lumbar*"]._id`),
  q(
    'subquery in a filter',
    `*[_type == "treatment" && conditions[0]._ref in *[_type == "condition" && icd10 == "M54.3"]._id]._id`,
  ),
  q('parameter list', `*[_type == $type && _id in $ids]._id`, {
    type: 'condition',
    ids: ['condition-000001', 'condition-000009'],
  }),
  q(
    'object of queries',
    `{"people": *[_type == "person"][0...2]._id, "count": count(*[_type == "person"])}`,
  ),
  q(
    'system fields',
    `*[_rev == "nothing" || _updatedAt == "2020-01-01T00:00:00Z" || _createdAt == 5]._id`,
  ),
  q('type is never null', `*[_type == null]._id`),
  q('id not equal', `*[_id != "edge-bool" && _type == "edge"]._id`),
  q('comparison of a condition', `*[(_type == "edge") == true]._id`),
  q('everything sliced', `*[0...3]._id`),
  q('everything projected', `*{_id}[0...3]`),
  q(
    'dereference in filter',
    `*[_type == "treatment" && conditions[0]->icd10 == "M54.1"][0...5]._id`,
  ),
  q('draft-only document', `*[_id in path("**edge-draftonly")]{_id, _originalId, flag}`),
  // Found by an adversarial review of the pushdown (each once answered differently).
  q('defined _originalId', `*[_type == "edge" && defined(_originalId)]._id`),
  q(
    '_originalId stored in the body',
    `*[_type == "edge" && _originalId == "stored in the body"]._id`,
  ),
  q('releases::all()', `count(releases::all())`),
  q(
    'text search in a subquery of a filter',
    `*[_type == "edge" && count(*[_type == "condition" && [@, _id] match text::query("lumbar")]) > 0]._id`,
  ),
  q(
    'text search in an array filter',
    `*[_type == "edge" && count(arr[@ match text::query("x")]) > 0]._id`,
  ),
  q(
    'two text searches, one in a subquery',
    `*[_type == "edge" && ([@, _id] match text::query("x") || count(*[_type == "condition" && [@, _id] match text::query("lumbar")]) > 0)]._id`,
  ),
  q('slice beyond 64 bits', `*[_type == "edge"][0...100000000000000000000]._id`),
  q('order by _createdAt beyond the BMP', `*[_type == "edge"] | order(_createdAt desc)[0]._id`),
  q('order by _type beyond the BMP', `*[_type in $types] | order(_type)[0]._id`, {
    types: ['\uFFFF', '\u{1F600}'],
  }),
  q('integer above 2^53', `*[_type == "edge" && n == 664983061103948500]._id`),
  q('lone surrogate in a field', `*[_type == "edge" && lone == $s]._id`, {s: '\uD800'}),
  q('lone surrogate in _type', `*[_type == $s]._id`, {s: '\uFFFD'}),
  q('more ids than SQL variables', `*[references($ids)]._id`, {
    ids: [...Array.from({length: 32767}, (_, i) => `missing-${i}`), 'z'],
  }),
  q(
    'more alternatives than SQL expression depth',
    `*[${Array.from({length: 1000}, (_, i) => `_id == "missing-${i}"`).join(' || ')} || _id == "edge-num"]._id`,
  ),
]

export const corpus = [
  ...studioQueries,
  ...recordedStudioQueries(),
  ...siteQueries,
  ...trickyQueries,
  ...fieldQueries,
  ...textQueries,
]
