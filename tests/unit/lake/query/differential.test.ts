import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {DatabaseSync} from 'node:sqlite'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {grantsForRole, type Grant} from '../../../../lake/src/auth/roles.ts'
import {evaluatePlain, runQuery} from '../../../../lake/src/query/engine.ts'
import {parseQuery} from '../../../../lake/src/query/parseQuery.ts'
import {applyPerspective, type Perspective} from '../../../../lake/src/query/perspective.ts'
import {translateCondition} from '../../../../lake/src/query/pushdown/condition.ts'
import {DocumentSource} from '../../../../lake/src/query/pushdown/source.ts'
import {remember} from '../../../../lake/src/query/remember.ts'
import {typedIndexName} from '../../../../lake/src/store/fieldIndexes.ts'
import {openStore} from '../../../../lake/src/store/openStore.ts'
import type {Store} from '../../../../lake/src/store/types.ts'
import {loadDocuments} from '../../../../scripts/src/bench/lake/load.ts'
import {syntheticDataset} from '../../../../scripts/src/bench/lake/synthetic.ts'
import {buildDemoDataset} from '../../scripts/seed/seedFixtures.ts'
import {corpus, type CorpusQuery} from './corpus.ts'
import {indexedEdgeDocuments} from './corpusIndexed.ts'

// The differential guarantee: every query in the corpus answers the same through the SQL
// pushdown as through plain groq-js over every document, in every perspective.

/** Documents that tell apart what SQL and GROQ easily confuse. */
const edgeDocuments = [
  {_id: 'edge-bool', _type: 'edge', flag: true, n: 1, s: '1', obj: {a: 1}, arr: ['x'], nul: null},
  {_id: 'drafts.edge-bool', _type: 'edge', flag: false, n: 2, s: 'x', obj: {a: 2}},
  {_id: 'edge-num', _type: 'edge', flag: 1, n: 1.0, s: 1},
  {_id: 'edge-text', _type: 'edge', obj: '{"a":1}', s: 'x', nul: 'not null'},
  {
    _id: 'edge-refs',
    _type: 'edge',
    a: {_ref: 'x', inner: {_ref: 'y'}},
    list: [{_ref: 'z'}],
    odd: {_ref: 5},
  },
  {_id: 'drafts.edge-draftonly', _type: 'edge', flag: true},
  {_id: 'draftsX.edge', _type: 'edge', s: 'id that path("drafts.**") matches in groq-js'},
  {_id: 'versions.r1.edge-bool', _type: 'edge', flag: false, s: 'in a release'},
  {_id: 'edge-origin', _type: 'edge', _originalId: 'stored in the body'},
  {_id: 'edge-bigint', _type: 'edge', n: 664983061103948500},
  {_id: 'edge-lone', _type: 'edge', lone: '\uD800'},
  {_id: 'edge-created-bmp', _type: 'edge', _createdAt: '\uFFFF'},
  {_id: 'edge-created-astral', _type: 'edge', _createdAt: '\u{1F600}'},
  {_id: 'edge-type-bmp', _type: '\uFFFF'},
  {_id: 'edge-type-astral', _type: '\u{1F600}'},
  {_id: '_.releases.redge', _type: 'system.release', state: 'active', metadata: {title: 'edge'}},
]

const perspectives: Perspective[] = ['raw', 'drafts', 'published']
let folder: string
let store: Store
let source: DocumentSource
const environment = {projectId: 'local', dataset: 'production'}

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'vetted-differential-'))
  store = openStore(path.join(folder, 'lake.sqlite'), {indexes: ['slug.current']})
  const demo = buildDemoDataset().documents.map(({_rev, _updatedAt, ...document}) => document)
  loadDocuments(store, [...demo, ...syntheticDataset(300, 7)])
  loadDocuments(store, [...edgeDocuments, ...indexedEdgeDocuments])
  source = new DocumentSource(store.dbPath)
})

afterAll(() => {
  source?.close()
  store?.close()
  rmSync(folder, {recursive: true, force: true})
})

const seen = new Map<Perspective, ReturnType<typeof applyPerspective>>()
const visible = (perspective: Perspective) =>
  remember(seen, 3, perspective, () => applyPerspective(store.allDocuments(), perspective))

async function both(entry: CorpusQuery, perspective: Perspective, grants: Grant[]) {
  const params = entry.params ?? {}
  const timestamp = new Date('2026-12-01T00:00:00Z')
  const job = {query: entry.query, params, perspective, grants, identity: 'pEditor'}
  const pushed = await runQuery(source, job, environment)
  const plain = await evaluatePlain(parseQuery(entry.query, params), visible(perspective), {
    params,
    identity: 'pEditor',
    timestamp,
    sanity: environment,
  })
  return {pushed: JSON.stringify(pushed ?? null), plain: JSON.stringify(plain ?? null)}
}

/** How many documents one query reads from SQLite. */
const read = async (entry: CorpusQuery | undefined, perspective: Perspective = 'drafts') => {
  if (!entry) throw new Error('missing corpus query')
  const before = source.documentsRead
  await runQuery(
    source,
    {
      query: entry.query,
      params: entry.params ?? {},
      perspective,
      grants: grantsForRole('viewer'),
    },
    environment,
  )
  return source.documentsRead - before
}

const named = (name: string) => corpus.find((entry) => entry.name === name)

describe('SQL pushdown answers exactly as plain groq-js', () => {
  for (const perspective of perspectives) {
    it.each(corpus.map((entry) => [entry.name, entry] as const))(
      `${perspective}: %s`,
      async (_name, entry) => {
        const {pushed, plain} = await both(entry, perspective, grantsForRole('administrator'))
        expect(pushed).toBe(plain)
      },
    )
  }

  it('gives a reader limited to some documents only those, in every perspective', async () => {
    const grants: Grant[] = [{filter: '_type == "condition"', permissions: ['read']}]
    for (const perspective of perspectives) {
      const result = await runQuery(
        source,
        {query: '*._id', params: {}, perspective, grants, identity: 'pEditor'},
        environment,
      )
      const expected = applyPerspective(
        store.allDocuments().filter((document) => document._type === 'condition'),
        perspective,
      ).map((document) => document._id)
      expect(result).toEqual(expected)
    }
  })

  it('shows nothing to a caller without read grants', async () => {
    const job = {query: 'count(*)', params: {}, perspective: 'raw' as const, grants: []}
    expect(await runQuery(source, job, environment)).toBe(0)
  })

  it('reads only the documents a selective query needs', async () => {
    const total = store.allDocuments().length
    expect(total).toBeGreaterThan(300)
    // The Studio's list: the first 20 rows in _updatedAt order, not every one of 90 treatments.
    const list = named('studio: document list (search strategy groq2024, empty search)')
    const treatments = {
      __types: ['treatment'],
      __limit: 101,
      __query: '*',
      __rawQuery: '',
      type: 'treatment',
    }
    expect(await read(list && {...list, params: treatments})).toBe(101)
    // By slug: the condition, its author and its three citations.
    expect(await read(named('by slug with joins'))).toBeLessThanOrEqual(5)
    expect(await read(named('count by a field value'))).toBe(0)
    expect(await read(named('back-references'), 'raw')).toBeLessThan(20)
    expect(await read(named('studio: version set'), 'raw')).toBeLessThanOrEqual(2)
    // The Studio's document lookups name their ids in an array literal.
    expect(await read(named('by id, both ids'), 'raw')).toBeLessThanOrEqual(2)
  })

  it('reads only what a range, a defined() and a text search keep, or a few more', async () => {
    const ids = async (name: string) => {
      const entry = named(name)
      if (!entry) throw new Error(`missing corpus query ${name}`)
      const {pushed} = await both(entry, 'drafts', grantsForRole('viewer'))
      return JSON.parse(pushed) as unknown[]
    }
    expect(await read(named('two-sided range'))).toBe((await ids('two-sided range')).length)
    expect(await read(named('counted range'))).toBe(0)
    expect(await read(named('defined nested'))).toBe((await ids('defined nested')).length)
    expect(await ids('search for the number in an id')).toEqual(['treatment-000012'])
    expect(await read(named('search for the number in an id'))).toBeLessThanOrEqual(3)
    expect(await read(named('match joined across a dot'))).toBeLessThanOrEqual(
      (await ids('match joined across a dot')).length + 2,
    )
    // A common word, ordered and sliced: one page of the first rows in order (32), not every
    // treatment with the word.
    expect(await read(named('search ordered and sliced, a common word'))).toBeLessThanOrEqual(32)
    // A rare one: the full-text index finds it after a few pages in order come up empty.
    expect(await read(named('studio search for a rare word'))).toBeLessThan(40)
  })
})

describe('with the indexes the lake creates from the queries it answers', () => {
  it('indexes every field the corpus compared by value, and the planner uses them', () => {
    const created = store.indexFieldPaths(source.takeFieldPaths())
    expect(created).toEqual(expect.arrayContaining(['status']))
    expect(created).not.toContain('slug.current') // configured with --index already
    const db = new DatabaseSync(store.dbPath, {readOnly: true})
    try {
      const plan = db
        .prepare(
          `EXPLAIN QUERY PLAN SELECT count(*) FROM documents WHERE json_extract(body, '$.status') = ? AND json_type(body, '$.status') = 'text'`,
        )
        .all('verified') as Array<{detail: string}>
      expect(plan.map((step) => step.detail).join(' ')).toContain('documents_path_status')
    } finally {
      db.close()
    }
    expect(store.indexFieldPaths(['status'])).toEqual([])
  })

  it.each([
    ['a range within a type', `_type == "citation" && year > 2000 && year < 2005`, 'year'],
    ['defined() within a type', `_type == "citation" && defined(doi)`, 'doi'],
    ['a range on any type', `year >= 2020`, 'documents_path_year'],
    ['a text search', `[@, _id] match text::query("lumbar")`, 'documents_text'],
    ['a match', `_type == "condition" && name match "lumbar*"`, 'documents_text'],
  ])('plans %s with its index', (_name, filter, index) => {
    const tree = parseQuery(`*[${filter}]`, {}) as unknown as {expr: unknown}
    const {whenTrue} = translateCondition(tree.expr, source.context('published'))
    if (!whenTrue) throw new Error(`no SQL for ${filter}`)
    const db = new DatabaseSync(store.dbPath, {readOnly: true})
    try {
      const plan = db
        .prepare(`EXPLAIN QUERY PLAN SELECT count(*) FROM documents WHERE ${whenTrue.text}`)
        .all(...whenTrue.params) as Array<{detail: string}>
      const details = plan.map((step) => step.detail).join(' ')
      expect(details).toContain(index === 'year' || index === 'doi' ? typedIndexName(index) : index)
      expect(details).not.toMatch(/SCAN documents( |$)/)
    } finally {
      db.close()
    }
  })

  // Once, in the drafts perspective (whose SQL is the most involved): the plan changes, the
  // answers must not.
  it.each(corpus.map((entry) => [entry.name, entry] as const))(
    'still answers as groq-js: %s',
    async (_name, entry) => {
      const {pushed, plain} = await both(entry, 'drafts', grantsForRole('administrator'))
      expect(pushed).toBe(plain)
    },
    20_000,
  )
})
