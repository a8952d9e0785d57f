import {writeFileSync} from 'node:fs'
import os, {tmpdir} from 'node:os'
import path from 'node:path'
import {measureScripts, type PageScripts} from './jsBytes.ts'
import {load, type LoadResult} from './load.ts'
import {publishDemoContent} from '../../review/demoPublishing.ts'
import {publishToVisible, reviewAndPublish} from './publishing.ts'
import {benchPorts, startBenchSystem} from './system.ts'

const articlePath = '/articles/what-research-says-about-treating-lower-back-spasms'

const pageTypes: Record<string, string> = {
  home: '/',
  condition: '/conditions/lower-back-spasm',
  treatment: '/treatments/heat-therapy',
  article: articlePath,
  reviewer: '/reviewers/daniel-reyes',
  search: '/search?q=back',
  'editorial policy': '/editorial-policy',
}

export interface WebBenchReport {
  /** The machine's 1-minute load average before and after the load runs (shared machines). */
  loadAverage: [number, number]
  buildSeconds: number
  /** A tiny static route through the same server: Next.js's own per-request floor. */
  floor: LoadResult
  publishToVisibleMs: number[]
  site: Record<number, LoadResult>
  reference: Record<number, LoadResult>
  scripts: PageScripts[]
}

/** Builds and starts the site, publishes the demo content through the service, measures. */
export async function runWebBench(
  seconds: number,
  log: (line: string) => void,
): Promise<WebBenchReport> {
  log('Seeding a lake and building the site (next build)…')
  const system = await startBenchSystem()
  try {
    log(
      `Built in ${system.buildSeconds.toFixed(1)} s. Publishing the demo content through the service…`,
    )
    await publishDemoContent({
      serviceUrl: system.siteUrl,
      lakeUrl: system.lakeHttp,
      userToken: system.token,
    })
    const articleUrl = `${system.siteUrl}${articlePath}`
    await fetch(articleUrl) // a cached 404 first, as a reader who came early would leave
    const visible = [
      await publishToVisible(articleUrl, () => reviewAndPublish(system, 'article-seed-004')),
    ]

    const loadBefore = os.loadavg()[0] ?? 0
    const connections = [10, 50]
    const site: WebBenchReport['site'] = {}
    const reference: WebBenchReport['reference'] = {}
    await load(articleUrl, 10, 2)
    for (const count of connections) {
      log(`Site: ${count} connections for ${seconds} s…`)
      site[count] = await load(articleUrl, count, seconds)
    }
    const html = path.join(tmpdir(), `vetted-bench-article-${process.pid}.html`)
    writeFileSync(html, await (await fetch(articleUrl)).text())
    await system.start('static', process.execPath, [
      'scripts/src/bench/web/staticServer.ts',
      String(benchPorts.static),
      html,
    ])
    const staticUrl = `http://127.0.0.1:${benchPorts.static}/`
    await load(staticUrl, 10, 2)
    for (const count of connections) {
      log(`Static reference: ${count} connections for ${seconds} s…`)
      reference[count] = await load(staticUrl, count, seconds)
    }
    log(`Next.js floor (/robots.txt): 50 connections for ${seconds} s…`)
    const floor = await load(`${system.siteUrl}/robots.txt`, 50, seconds)
    const scripts = await measureScripts(system.siteUrl, pageTypes)
    return {
      loadAverage: [loadBefore, os.loadavg()[0] ?? 0],
      buildSeconds: system.buildSeconds,
      floor,
      publishToVisibleMs: visible,
      site,
      reference,
      scripts,
    }
  } finally {
    await system.stop()
  }
}
