import os from 'node:os'
import {textTable as table} from '../table.ts'
import type {LoadResult} from './load.ts'
import type {Pair, WebBenchReport} from './run.ts'

const ms = (value: number) => `${value.toFixed(1)} ms`
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const percent = (share: number) => `${(share * 100).toFixed(0)} %`

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  if (sorted.length === 0) return Number.NaN
  return sorted.length % 2
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

export interface PairSummary {
  siteRps: number
  siteP95: number
  referenceRps: number
  /** The median of each pair's site/static ratio: a pair shares the machine's state of the moment. */
  ratio: number
  generatorCpu: number
  failures: number
}

export function summarize(pairs: Pair[]): PairSummary {
  const all: LoadResult[] = pairs.flatMap((pair) => [pair.site, pair.reference])
  return {
    siteRps: median(pairs.map((pair) => pair.site.requestsPerSecond)),
    siteP95: median(pairs.map((pair) => pair.site.p95)),
    referenceRps: median(pairs.map((pair) => pair.reference.requestsPerSecond)),
    ratio: median(
      pairs.map((pair) => pair.site.requestsPerSecond / pair.reference.requestsPerSecond),
    ),
    generatorCpu: Math.max(...all.map((result) => result.generatorCpu)),
    failures: pairs.reduce((sum, pair) => sum + pair.site.failures, 0),
  }
}

const verdict = (met: boolean) => (met ? 'met' : 'NOT met')

/** The benchmark's printed result, with the targets beside the numbers. */
export function formatWebReport(report: WebBenchReport): string {
  const summaries = Object.entries(report.pairs).map(
    ([connections, pairs]) => [Number(connections), summarize(pairs)] as const,
  )
  const fifty = summaries.find(([connections]) => connections === 50)?.[1]
  const {load: changing, probe} = report.underChanges
  const articleScripts = report.scripts.find((page) => page.page === 'article')
  const placement = report.pinned
    ? 'servers on core 0, the generator (wrk, one thread) on core 1'
    : 'unpinned: server and generator share the cores'
  return [
    'Article page, production server (web/server.ts: Next behind the response cache), keep-alive HTTP/1.1',
    `Site and static reference interleaved A/B, ${summaries[0]?.[1] ? report.pairs[summaries[0][0]]?.length : 0} rounds each; medians; ${placement}`,
    table(
      ['load', 'site req/s', 'site p95', 'static req/s', 'site/static', 'generator CPU', 'errors'],
      summaries.map(([connections, summary]) => [
        `${connections} connections`,
        summary.siteRps.toFixed(0),
        ms(summary.siteP95),
        summary.referenceRps.toFixed(0),
        percent(summary.ratio),
        `${percent(summary.generatorCpu)} of a core (max)`,
        String(summary.failures),
      ]),
    ),
    `While taken down and signed off ${probe.changes} times (50 connections): ${changing.requestsPerSecond.toFixed(0)} req/s, p95 ${ms(changing.p95)}; stale first responses ${probe.stale} of ${probe.checked}`,
    ...probe.staleSeen.map((line) => `  stale: ${line}`),
    `Next.js floor, /api/review/public-keys (never cached) at 50 connections: ${report.floor.requestsPerSecond.toFixed(0)} req/s, p95 ${ms(report.floor.p95)}`,
    `Load average (1 min) before / after the runs: ${report.loadAverage.map((value) => value.toFixed(2)).join(' / ')} on ${os.cpus().length} cores`,
    '',
    'JavaScript per page type (gzip)',
    table(
      ['page', 'all scripts', 'page-specific'],
      report.scripts.map((page) => [page.page, kb(page.totalGzip), kb(page.specificGzip)]),
    ),
    '',
    `next build: ${report.buildSeconds.toFixed(1)} s`,
    `publish → visible (service publish call until the page answers 200): ${report.publishToVisibleMs.map(ms).join(', ')}`,
    '',
    'Targets',
    `  >= 25 % of the static reference at 50 connections: ${fifty ? percent(fifty.ratio) : '?'} ${verdict(!!fifty && fifty.ratio >= 0.25)}`,
    `  p95 <= 20 ms at 50 connections: ${fifty ? ms(fifty.siteP95) : '?'} ${verdict(!!fifty && fifty.siteP95 <= 20)}`,
    `  0 stale responses after a takedown or sign-off: ${probe.stale} ${verdict(probe.stale === 0 && probe.changes > 0)}`,
    `  generator not the limit (< 90 % of its core): ${fifty ? percent(fifty.generatorCpu) : '?'} ${verdict(!!fifty && fifty.generatorCpu < 0.9)}`,
    `  article-specific JS <= 15 KB gzip: ${articleScripts ? kb(articleScripts.specificGzip) : '?'} ${verdict(!!articleScripts && articleScripts.specificGzip <= 15 * 1024)}`,
    `  publish-to-visible <= 1 s: ${verdict(report.publishToVisibleMs.every((value) => value <= 1000))}`,
  ].join('\n')
}
