import {spawn, spawnSync, type ChildProcess} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {createInterface} from 'node:readline'
import {generateSigningKeyPair} from '@vetted/schemas/review'
import {root} from '@vetted/scripts/steps'
import {startTestLake, type TestLake} from '../../helpers/lake.ts'
import type {LakeAccess, SigningKey} from '../../fixtures/web/publishing.ts'
import {freePort} from '../../helpers/ports.ts'

/**
 * The reader site as it runs in production (`next build`, then `web/server.ts`: Next behind the
 * response cache) against its own lake
 * on free ports, seeded with the demo dataset. The lake's publish webhook points at the site.
 */
export interface SiteHarness {
  lake: TestLake
  siteUrl: string
  key: SigningKey
  webhookSecret: string
  previewSecret: string
  access(userId: string): LakeAccess
  /** Starts the production site (build first). Call after the content a test needs is in place. */
  start(): Promise<void>
  output(): string
  stop(): Promise<void>
}

const webDir = path.join(root, 'web')
const nextBin = path.join(webDir, 'node_modules', '.bin', 'next')

function demoDataset(): {_id: string; _type: string}[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'vetted-site-seed-'))
  const file = path.join(dir, 'demo.ndjson')
  try {
    const result = spawnSync(process.execPath, ['scripts/datasetSeed.ts', '--out', file], {
      cwd: root,
      encoding: 'utf8',
    })
    if (result.status !== 0) throw new Error(`dataset:seed failed:\n${result.stderr}`)
    return readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as {_id: string; _type: string})
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}

async function waitForSite(child: ChildProcess, url: string, output: () => string) {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the site server exited:\n${output()}`)
    try {
      if ((await fetch(url)).status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`the site did not answer within 120 s:\n${output()}`)
}

export async function startSiteHarness(): Promise<SiteHarness> {
  const webPort = await freePort()
  const siteUrl = `http://localhost:${webPort}`
  const webhookSecret = 'e2e-webhook-secret-0123456789'
  const previewSecret = 'e2e-preview-secret-0123456789abcdef0123'
  const lake = await startTestLake({
    webhooks: [
      {
        name: 'site revalidation',
        url: `${siteUrl}/api/revalidate`,
        filter: '!(_id in path("drafts.**"))',
        projection: '{_id, _type, "slug": slug.current}',
        on: ['create', 'update', 'delete'],
        secret: webhookSecret,
      },
    ],
  })
  const pair = await generateSigningKeyPair()
  const key: SigningKey = {keyId: 'e2e-key', privateKeyPem: pair.privateKeyPem}
  try {
    await lake
      .client('pSamLee')
      .transaction(demoDataset().map((doc) => ({createOrReplace: doc})))
      .commit()
  } catch (error) {
    await lake.stop()
    throw error
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    SANITY_PROJECT_ID: 'local',
    SANITY_DATASET: 'production',
    SANITY_API_HOST: lake.httpUrl,
    SANITY_READ_TOKEN: lake.token('rSiteReader'),
    SANITY_PUBLISHER_TOKEN: lake.token('rPublisher'),
    SANITY_WEBHOOK_SECRET: webhookSecret,
    PREVIEW_SECRET: previewSecret,
    REVIEW_SIGNING_KEY: pair.privateKeyPem,
    REVIEW_SIGNING_KEY_ID: key.keyId,
    REVIEW_PUBLIC_KEYS: JSON.stringify({[key.keyId]: pair.publicKeyPem}),
    STUDIO_ORIGIN: lake.httpsUrl,
    SITE_URL: siteUrl,
  }
  const lines: string[] = []
  const output = () => lines.slice(-80).join('\n')
  let site: ChildProcess | undefined

  return {
    lake,
    siteUrl,
    key,
    webhookSecret,
    previewSecret,
    access: (userId) => ({lakeHttp: lake.httpUrl, token: lake.token(userId)}),
    output,
    async start() {
      const build = spawnSync(nextBin, ['build'], {cwd: webDir, env, encoding: 'utf8'})
      if (build.status !== 0)
        throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`)
      lines.push(build.stdout)
      site = spawn(process.execPath, ['server.ts', '--port', String(webPort)], {
        cwd: webDir,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      })
      for (const stream of [site.stdout, site.stderr]) {
        if (stream) createInterface({input: stream}).on('line', (line) => lines.push(line))
      }
      await waitForSite(site, `${siteUrl}/robots.txt`, output)
    },
    async stop() {
      if (site && site.exitCode === null && site.pid) {
        const exited = new Promise((resolve) => site?.once('exit', resolve))
        process.kill(-site.pid, 'SIGTERM')
        await exited
      }
      await lake.stop()
    },
  }
}
