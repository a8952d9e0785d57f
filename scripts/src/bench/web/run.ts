import {writeFileSync} from 'node:fs'
import os, {tmpdir} from 'node:os'
import path from 'node:path'
import {canPin, pinProcess, serverCore} from './cores.ts'
import {measureScripts, type PageScripts} from './jsBytes.ts'
import {load, type LoadResult} from './load.ts'
import {publishDemoContent} from '../../review/demoPublishing.ts'
import {probeFreshness, type ProbeResult} from './probe.ts'
import {reviewAndPublish} from '../../review/serviceCalls.ts'
import {publishToVisible} from './publishing.ts'
import {benchPorts, startBenchSystem} from './system.ts'

const articleId = 'article-seed-004'
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

/** One site run and the static reference run right after it, at the same load. */
export interface Pair {
  site: LoadResult
  reference: LoadResult
}

export interface WebBenchReport {
  /** The machine's 1-minute load average before and after the load runs (shared machines). */
  loadAverage: [number, number]
  /** Whether server and generator ran on separate cores. */
  pinned: boolean
  buildSeconds: number
  /** A tiny uncached route through the same server: Next.js's own per-request floor. */
  floor: LoadResult
  publishToVisibleMs: number[]
  /** Interleaved site/static runs per connection count, A/B/A/B. */
  pairs: Record<number, Pair[]>
  /** A site run at 50 connections while the probe took the page down and up again. */
  underChanges: {load: LoadResult; probe: ProbeResult}
  scripts: PageScripts[]
}

export const rounds = 3

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
    const visible = [await publishToVisible(articleUrl, () => reviewAndPublish(system, articleId))]

    const html = path.join(tmpdir(), `vetted-bench-article-${process.pid}.html`)
    writeFileSync(
      html,
      await (await fetch(articleUrl, {headers: {'accept-encoding': 'identity'}})).text(),
    )
    await system.start('static', process.execPath, [
      'scripts/src/bench/web/staticServer.ts',
      String(benchPorts.static),
      html,
    ])
    const staticUrl = `http://127.0.0.1:${benchPorts.static}/`
    // Everything so far (this process, lake, site, static server) moves to the server core;
    // each load run starts its generator on the other one.
    for (const pid of [process.pid, ...system.pids()]) pinProcess(pid, serverCore)
    if (!canPin()) log('Cannot pin to separate cores here (needs 2 cores and taskset): unpinned.')

    const loadBefore = os.loadavg()[0] ?? 0
    await load(articleUrl, 10, 2)
    await load(staticUrl, 10, 2)
    const pairs: WebBenchReport['pairs'] = {}
    for (const connections of [10, 50]) {
      pairs[connections] = []
      for (let round = 1; round <= rounds; round++) {
        log(`${connections} connections, round ${round} of ${rounds}: site, then static…`)
        const site = await load(articleUrl, connections, seconds)
        const reference = await load(staticUrl, connections, seconds)
        pairs[connections].push({site, reference})
      }
    }
    log(`Site at 50 connections for ${seconds} s while the page is taken down and signed off…`)
    const changing = load(articleUrl, 50, seconds)
    const probe = await probeFreshness(system, articleUrl, articleId, changing)
    const underChanges = {load: await changing, probe}
    log(`Next.js floor (/api/review/public-keys): 50 connections for ${seconds} s…`)
    const floor = await load(`${system.siteUrl}/api/review/public-keys`, 50, seconds)
    const scripts = await measureScripts(system.siteUrl, pageTypes)
    return {
      loadAverage: [loadBefore, os.loadavg()[0] ?? 0],
      pinned: canPin(),
      buildSeconds: system.buildSeconds,
      floor,
      publishToVisibleMs: visible,
      pairs,
      underChanges,
      scripts,
    }
  } finally {
    await system.stop()
  }
}
