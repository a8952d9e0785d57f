import os from 'node:os'
import {textTable} from '../table.ts'
import type {BenchKind, Timing} from './run.ts'

export interface LakeBenchRow {
  size: number
  documents: number
  query: string
  kind: BenchKind
  /** The real lake over HTTP (@sanity/client): what the Studio and the site wait for. */
  http: Timing
  /** The query engine alone, with pushdown. */
  engine: Timing
  /** groq-js over every document: the lake before pushdown (not run where it takes minutes). */
  plain: Timing | undefined
}

/**
 * The issues' targets, p95 over HTTP, by dataset size and kind of query: at 100k documents
 * (issue #11) a filter or count on any field and the page by slug within 10 ms, the Studio's
 * list within 20 ms, a text search among 30k treatments within 30 ms.
 */
const targets: Record<number, Partial<Record<BenchKind, number>>> = {
  10_000: {list: 20, slug: 5, field: 50},
  100_000: {list: 20, slug: 10, field: 10, search: 30},
}
const memoryTargetMb = 300
const fileTargetMb = 300

const targetFor = (row: LakeBenchRow): number | undefined => targets[row.size]?.[row.kind]

/** What the dataset and the lake process cost at one size. */
export interface LakeFootprint {
  size: number
  documents: number
  rssMb: number
  peakMb: number
  /** The SQLite file (and its WAL) after the queries: documents, log and every index. */
  fileMb: number
}

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1))

export function formatLakeReport(rows: LakeBenchRow[], memory: LakeFootprint[]): string {
  const queryRows = rows.map((row) => {
    const target = targetFor(row)
    const verdict =
      target === undefined ? '' : `≤ ${target} ms ${row.http.p95 <= target ? 'met' : 'MISSED'}`
    return [
      `${row.documents.toLocaleString('en')}`,
      row.query,
      ms(row.http.p50),
      ms(row.http.p95),
      ms(row.engine.p50),
      ms(row.engine.p95),
      row.plain ? ms(row.plain.p50) : '—',
      row.plain ? `${Math.round(row.plain.p50 / row.engine.p50).toLocaleString('en')}×` : '—',
      verdict,
    ]
  })
  const memoryRows = memory.map((entry) => {
    const verdict = (value: number, target: number) =>
      entry.size >= 100_000 ? `≤ ${target} MB ${value <= target ? 'met' : 'MISSED'}` : ''
    return [
      entry.documents.toLocaleString('en'),
      entry.rssMb.toFixed(0),
      entry.peakMb.toFixed(0),
      verdict(entry.peakMb, memoryTargetMb),
      entry.fileMb.toFixed(0),
      verdict(entry.fileMb, fileTargetMb),
    ]
  })
  const [load1] = os.loadavg()
  return [
    `Lake queries, ms (HTTP = the real lake with @sanity/client; engine = pushdown in-process; plain = groq-js over every document). Load average ${load1?.toFixed(2)} on ${os.cpus().length} cores.`,
    textTable(
      [
        'documents',
        'query',
        'HTTP p50',
        'HTTP p95',
        'engine p50',
        'engine p95',
        'plain p50',
        'speed-up',
        'target (HTTP p95)',
      ],
      queryRows,
      2,
    ),
    '',
    'Lake process memory after the queries (main thread and query workers) and dataset file size, MB.',
    textTable(
      ['documents', 'RSS', 'peak RSS', 'target (peak)', 'file', 'target (file)'],
      memoryRows,
    ),
  ].join('\n')
}
