import os from 'node:os'
import {textTable as table} from '../table.ts'
import type {WebBenchReport} from './run.ts'

const ms = (value: number) => `${value.toFixed(1)} ms`
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

/** The benchmark's printed result, with the targets beside the numbers. */
export function formatWebReport(report: WebBenchReport): string {
  const loadRows = Object.keys(report.site).map((key) => {
    const connections = Number(key)
    const site = report.site[connections]
    const reference = report.reference[connections]
    if (!site || !reference) return [key]
    return [
      `${connections} connections`,
      site.requestsPerSecond.toFixed(0),
      ms(site.p50),
      ms(site.p95),
      ms(site.p99),
      reference.requestsPerSecond.toFixed(0),
      `${((site.requestsPerSecond / reference.requestsPerSecond) * 100).toFixed(0)} %`,
      String(site.failures),
    ]
  })
  const fifty = report.site[50]
  const articleScripts = report.scripts.find((page) => page.page === 'article')
  return [
    'Article page, production build (next start), keep-alive HTTP/1.1',
    table(
      ['load', 'req/s', 'p50', 'p95', 'p99', 'static req/s', 'site/static', 'errors'],
      loadRows,
    ),
    `Next.js floor, /robots.txt at 50 connections: ${report.floor.requestsPerSecond.toFixed(0)} req/s, p95 ${ms(report.floor.p95)}`,
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
    `  >= 1,500 req/s at 50 connections: ${fifty ? fifty.requestsPerSecond.toFixed(0) : '?'} ${fifty && fifty.requestsPerSecond >= 1500 ? 'met' : 'NOT met'}`,
    `  p95 <= 60 ms at 50 connections: ${fifty ? ms(fifty.p95) : '?'} ${fifty && fifty.p95 <= 60 ? 'met' : 'NOT met'}`,
    `  article-specific JS <= 15 KB gzip: ${articleScripts ? kb(articleScripts.specificGzip) : '?'} ${articleScripts && articleScripts.specificGzip <= 15 * 1024 ? 'met' : 'NOT met'}`,
    `  publish-to-visible <= 1 s: ${report.publishToVisibleMs.every((value) => value <= 1000) ? 'met' : 'NOT met'}`,
  ].join('\n')
}
