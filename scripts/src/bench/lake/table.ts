import os from 'node:os'
import {textTable} from '../table.ts'
import type {Timing} from './run.ts'

export interface LakeBenchRow {
  size: number
  documents: number
  query: string
  /** The real lake over HTTP (@sanity/client): what the Studio and the site wait for. */
  http: Timing
  /** The query engine alone, with pushdown. */
  engine: Timing
  /** groq-js over every document: the lake before pushdown. */
  plain: Timing
}

/** The targets, p95 over HTTP, by dataset size and query. */
const targets: Record<number, Record<string, number>> = {
  10_000: {list: 20, slug: 5, count: 50},
  100_000: {list: 50, slug: 10, count: 100},
}
const memoryTargetMb = 300

function targetFor(row: LakeBenchRow): number | undefined {
  const bySize = targets[row.size]
  if (!bySize) return undefined
  if (row.query.startsWith('Studio list')) return bySize.list
  if (row.query.startsWith('by slug')) return bySize.slug
  if (row.query.startsWith('count')) return bySize.count
  return undefined
}

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1))

export function formatLakeReport(
  rows: LakeBenchRow[],
  memory: Array<{size: number; documents: number; rssMb: number; peakMb: number}>,
): string {
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
      ms(row.plain.p50),
      `${Math.round(row.plain.p50 / row.engine.p50).toLocaleString('en')}×`,
      verdict,
    ]
  })
  const memoryRows = memory.map((entry) => {
    const verdict =
      entry.size >= 100_000
        ? `≤ ${memoryTargetMb} MB ${entry.peakMb <= memoryTargetMb ? 'met' : 'MISSED'}`
        : ''
    return [
      entry.documents.toLocaleString('en'),
      entry.rssMb.toFixed(0),
      entry.peakMb.toFixed(0),
      verdict,
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
    'Lake process memory after the queries, MB (main thread and query workers).',
    textTable(['documents', 'RSS', 'peak RSS', 'target (peak)'], memoryRows),
  ].join('\n')
}
