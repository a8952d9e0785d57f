import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {grantsForRole} from '../../../../lake/src/auth/roles.ts'
import {evaluatePlain, runQuery} from '../../../../lake/src/query/engine.ts'
import {parseQuery} from '../../../../lake/src/query/parseQuery.ts'
import {applyPerspective, type Perspective} from '../../../../lake/src/query/perspective.ts'
import type {QueryJob} from '../../../../lake/src/query/protocol.ts'
import {DocumentSource, type Doc} from '../../../../lake/src/query/pushdown/source.ts'
import {remember} from '../../../../lake/src/query/remember.ts'
import {openStore} from '../../../../lake/src/store/openStore.ts'
import {loadDocuments} from './load.ts'
import {medicationName, shares, syntheticDataset} from './synthetic.ts'

/** Which of the targets a query is held to (see table.ts). */
export type BenchKind = 'list' | 'slug' | 'field' | 'search' | 'other'

/** The query shapes the issues name, each with parameters drawn per run. */
export interface BenchQuery {
  name: string
  kind: BenchKind
  query: string
  perspective: Perspective
  params: (run: number) => Record<string, unknown>
  /**
   * Fewer runs of plain groq-js, for text searches it binds to `_id in [every match]` (16 s for
   * the Studio's among 30k treatments at 10k documents and minutes at 100k); 0 skips it.
   */
  plainRuns?: number
}

/** The query the Studio 6.16 sends for a document type's list pane, with or without a search. */
const studioList = `*[_type in $__types && ([@, _id] match text::query($__query) || references($__rawQuery)) && (_type == $type)] {_type, _id, _originalId, "orderings": [_updatedAt]} | order(orderings[0] desc) [0...$__limit]`

const studioSearch = (search: string, type = 'treatment') => ({
  __types: [type],
  __limit: 101,
  __query: search,
  __rawQuery: search.replace(/\*$/, ''),
  type,
})

const pad = (index: number) => String(index).padStart(6, '0')

/** Three publication years, from a start that moves with the run. */
function years(run: number) {
  const from = 1990 + (run % 30)
  return {from, to: from + 3}
}

export function benchQueries(size: number): BenchQuery[] {
  const conditions = Math.round(size * shares.condition)
  const statuses = ['verified', 'unverified', 'retracted']
  const words = ['lumbar*', 'spasm*', 'sciatica*']
  return [
    {
      name: 'Studio list (drafts, 101 by _updatedAt)',
      kind: 'list',
      query: studioList,
      perspective: 'drafts',
      params: (run) => studioSearch('*', ['condition', 'treatment', 'citation'][run % 3]),
    },
    {
      name: 'by slug, with references',
      kind: 'slug',
      query: `*[_type == "condition" && slug.current == $slug][0]{..., "author": author->{name, credentials}, "citations": citations[]->{title, journal, year, status}}`,
      perspective: 'published',
      params: (run) => ({slug: `condition-${(run * 7919) % conditions}`}),
    },
    {
      name: "count by a field's value",
      kind: 'field',
      query: `count(*[_type == "citation" && status == $status])`,
      perspective: 'published',
      params: (run) => ({status: statuses[run % statuses.length]}),
    },
    {
      name: 'back-references',
      kind: 'other',
      query: `*[references($id)]{_id, _type}`,
      perspective: 'published',
      params: (run) => ({id: `condition-${pad((run * 7919) % conditions)}`}),
    },
    {
      name: 'range: 20 newest citations of 3 years',
      kind: 'field',
      query: `*[_type == "citation" && year >= $from && year < $to] | order(_updatedAt desc)[0...20]{_id, title, year}`,
      perspective: 'published',
      params: years,
    },
    {
      name: 'count in a range',
      kind: 'field',
      query: `count(*[_type == "citation" && year >= $from && year < $to])`,
      perspective: 'published',
      params: years,
    },
    {
      name: 'defined(): citations with a correction',
      kind: 'field',
      query: `*[_type == "citation" && defined(correction)]{_id, title, correction}`,
      perspective: 'published',
      params: () => ({}),
    },
    {
      name: 'Studio search, a common word (101 of 30k)',
      kind: 'search',
      query: studioList,
      perspective: 'drafts',
      params: (run) => studioSearch(words[run % words.length] ?? 'lumbar*'),
      plainRuns: 0,
    },
    {
      name: 'Studio search, a medication (1 in 100)',
      kind: 'search',
      query: studioList,
      perspective: 'drafts',
      params: (run) => studioSearch(`${medicationName(run)}*`),
      plainRuns: 1,
    },
    {
      name: 'text::query: prefix, phrase, negation',
      kind: 'search',
      query: `*[_type == "treatment" && [@, _id] match text::query($search)]{_id, name}`,
      perspective: 'published',
      params: (run) => ({search: `${medicationName(run)}* "${5 * (1 + (run % 8))} mg" -lumbar`}),
      plainRuns: 1,
    },
    {
      name: 'match: a medication by prefix',
      kind: 'search',
      query: `*[_type == "treatment" && medication.name match $pattern]{_id, name, medication}`,
      perspective: 'published',
      params: (run) => ({pattern: `${medicationName(run)}*`}),
      plainRuns: 1,
    },
  ]
}

/**
 * Bump when the synthetic generator or the lake's file layout changes, so cached bench datasets
 * are rebuilt. Version 3: built with no indexes beyond the lake's own, as a user's dataset is
 * (the lake indexes the fields queries filter by as it answers them). Version 4: treatments
 * name a medication and some citations a correction (what the search and `defined()` rows look
 * for), and the file has the full-text index and the new transaction log layout.
 */
const datasetVersion = 4

/**
 * The lake data folder for `size` synthetic documents, built once through the store's commit
 * path and reused while the generator is unchanged.
 */
export function benchDataDir(root: string, size: number, log: (line: string) => void): string {
  const dataDir = path.join(root, `synthetic-${size}`)
  const marker = path.join(dataDir, 'dataset.json')
  const expected = JSON.stringify({size, datasetVersion})
  if (existsSync(marker) && readFileSync(marker, 'utf8') === expected) return dataDir
  rmSync(dataDir, {recursive: true, force: true})
  mkdirSync(dataDir, {recursive: true})
  const started = performance.now()
  const store = openStore(path.join(dataDir, 'lake.sqlite'))
  const documents = syntheticDataset(size)
  loadDocuments(store, documents)
  store.close()
  writeFileSync(marker, expected)
  log(
    `  built ${documents.length} documents in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  )
  return dataDir
}

export interface Timing {
  p50: number
  p95: number
  runs: number
}

export function percentiles(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (share: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN
  return {p50: at(0.5), p95: at(0.95), runs: sorted.length}
}

export async function time(runs: number, body: (run: number) => Promise<unknown>) {
  for (let run = 0; run < Math.min(3, runs); run++) await body(run)
  const samples: number[] = []
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    await body(run)
    samples.push(performance.now() - started)
  }
  return percentiles(samples)
}

const environment = {projectId: 'local', dataset: 'production'}

const jobFor = (query: BenchQuery, run: number): QueryJob => ({
  query: query.query,
  params: query.params(run),
  perspective: query.perspective,
  grants: grantsForRole('editor'),
})

/** The query engine in this process, with pushdown: what each query worker runs. */
export function pushdownRunner(dbPath: string) {
  const source = new DocumentSource(dbPath)
  return {
    run: (query: BenchQuery, run: number) => runQuery(source, jobFor(query, run), environment),
    close: () => source.close(),
  }
}

/** groq-js over every document, as the lake ran queries before pushdown. */
export function plainRunner(dbPath: string) {
  const reader = new DocumentSource(dbPath)
  const all = reader.all()
  reader.close()
  const views = new Map<Perspective, Doc[]>()
  const view = (perspective: Perspective) =>
    remember(views, 3, perspective, () => applyPerspective(all, perspective))
  return {
    documents: all.length,
    run: (query: BenchQuery, run: number) => {
      const job = jobFor(query, run)
      return evaluatePlain(parseQuery(job.query, job.params), view(job.perspective), {
        params: job.params,
      })
    },
  }
}
