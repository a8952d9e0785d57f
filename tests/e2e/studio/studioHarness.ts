import {spawn, spawnSync, type ChildProcess} from 'node:child_process'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {createInterface} from 'node:readline'
import {generateSigningKeyPair} from '@vetted/schemas/review'
import {root} from '@vetted/scripts/steps'
import {publishDemoContent} from '../../../scripts/src/review/demoPublishing.ts'
import {startTestLake, type TestLake} from '../../helpers/lake.ts'
import {freePort} from '../../helpers/ports.ts'
import {factCheckAcupunctureTrial} from './factCheck.ts'
import {importDemoDataset} from '../../integration/service/demoDataset.ts'

/**
 * Everything the people in the Studio test use, as `npm run dev` would run it: the lake
 * serving a freshly built Studio over HTTPS, the site and review service under `next dev`,
 * the demo dataset, and the curated content published through the real service.
 */
export interface StudioHarness {
  lake: TestLake
  studioUrl: string
  siteUrl: string
  output(): string
  stop(): Promise<void>
}

function buildStudio(outDir: string, env: Record<string, string>) {
  const result = spawnSync(
    process.execPath,
    [
      path.join(root, 'studio', 'node_modules', 'sanity', 'bin', 'sanity'),
      'build',
      outDir,
      '--yes',
    ],
    {cwd: path.join(root, 'studio'), env: {...process.env, ...env}, encoding: 'utf8'},
  )
  if (result.status !== 0)
    throw new Error(`sanity build failed:\n${result.stdout}\n${result.stderr}`)
}

async function waitFor(url: string, child: ChildProcess, output: () => string, seconds: number) {
  const deadline = Date.now() + seconds * 1000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next dev exited:\n${output()}`)
    try {
      if ((await fetch(url, {signal: AbortSignal.timeout(60_000)})).status < 500) return
    } catch {
      // still compiling or not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within ${seconds} s:\n${output()}`)
}

export async function startStudioHarness(): Promise<StudioHarness> {
  const studioDir = mkdtempSync(path.join(tmpdir(), 'vetted-studio-e2e-'))
  const lake = await startTestLake({args: ['--studio', studioDir]})
  const webPort = await freePort()
  const siteUrl = `http://localhost:${webPort}`
  const lines: string[] = []
  let web: ChildProcess | undefined
  const stop = async () => {
    if (web && web.exitCode === null) {
      const exited = new Promise((resolve) => web?.once('exit', resolve))
      process.kill(-(web.pid ?? 0), 'SIGTERM')
      await exited
    }
    await lake.stop()
    rmSync(studioDir, {recursive: true, force: true})
  }
  try {
    buildStudio(studioDir, {
      SANITY_STUDIO_API_HOST: lake.httpsUrl,
      SANITY_STUDIO_SERVICE_URL: siteUrl,
    })
    await importDemoDataset(lake)
    const keys = await generateSigningKeyPair()
    const next = path.join(root, 'web', 'node_modules', 'next', 'dist', 'bin', 'next')
    web = spawn(process.execPath, [next, 'dev', '--port', String(webPort)], {
      cwd: path.join(root, 'web'),
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        SANITY_PROJECT_ID: 'local',
        SANITY_DATASET: 'production',
        SANITY_API_HOST: lake.httpUrl,
        SANITY_READ_TOKEN: lake.token('rSiteReader'),
        SANITY_PUBLISHER_TOKEN: lake.token('rPublisher'),
        SANITY_WEBHOOK_SECRET: 'studio-e2e-webhook-secret',
        PREVIEW_SECRET: 'studio-e2e-preview-secret-0123456789abcdef',
        REVIEW_SIGNING_KEY: keys.privateKeyPem,
        REVIEW_SIGNING_KEY_ID: 'studio-e2e',
        REVIEW_PUBLIC_KEYS: JSON.stringify({'studio-e2e': keys.publicKeyPem}),
        STUDIO_ORIGIN: lake.httpsUrl,
        SITE_URL: siteUrl,
        NEXT_TELEMETRY_DISABLED: '1',
      },
    })
    for (const stream of [web.stdout, web.stderr]) {
      if (stream) createInterface({input: stream}).on('line', (line) => lines.push(line))
    }
    const output = () => lines.slice(-60).join('\n')
    await waitFor(`${siteUrl}/api/review/public-keys`, web, output, 600)
    await publishDemoContent({serviceUrl: siteUrl, lakeUrl: lake.httpUrl, userToken: lake.token})
    await factCheckAcupunctureTrial(lake, siteUrl)
    return {lake, studioUrl: `${lake.httpsUrl}/studio`, siteUrl, output, stop}
  } catch (error) {
    await stop()
    throw error
  }
}
