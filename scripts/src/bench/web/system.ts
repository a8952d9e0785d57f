import {spawn, spawnSync, type ChildProcess} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {generateSigningKeyPair} from '@vetted/schemas/review'
import {root} from '../../steps.ts'
import {BenchError, waitFor} from '../waitFor.ts'

export interface BenchPorts {
  lakeHttps: number
  lakeHttp: number
  web: number
  static: number
}

/** Ports of their own, so the benchmark never meets `npm run dev` (3000/4000/4001). */
export const benchPorts: BenchPorts = {lakeHttps: 4600, lakeHttp: 4601, web: 3600, static: 3601}

export interface BenchSystem {
  siteUrl: string
  lakeHttp: string
  token(userId: string): string
  buildSeconds: number
  start(name: string, command: string, args: string[], env?: NodeJS.ProcessEnv): Promise<void>
  /** The processes it started (lake, site, …), for pinning them to a core. */
  pids(): number[]
  stop(): Promise<void>
}

const node = process.execPath
const next = path.join(root, 'web', 'node_modules', '.bin', 'next')
const webDir = path.join(root, 'web')

function run(what: string, command: string, args: string[], env?: NodeJS.ProcessEnv, cwd = root) {
  const result = spawnSync(command, args, {cwd, env: env ?? process.env, encoding: 'utf8'})
  if (result.status !== 0)
    throw new BenchError(`${what} failed:\n${result.stdout}\n${result.stderr}`)
}

/**
 * A seeded lake and the production site (`next build`, then `web/server.ts`: Next behind the
 * response cache, as production runs it), in a temporary data
 * folder on the benchmark's own ports. Content starts as the demo dataset: drafts only.
 */
export async function startBenchSystem(ports: BenchPorts = benchPorts): Promise<BenchSystem> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'vetted-bench-web-'))
  const lakeDir = path.join(dataDir, 'lake')
  const children: ChildProcess[] = []
  const siteUrl = `http://localhost:${ports.web}`
  const lakeHttp = `http://127.0.0.1:${ports.lakeHttp}`
  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode !== null || !child.pid) continue
      const exited = new Promise((resolve) => child.once('exit', resolve))
      process.kill(-child.pid, 'SIGTERM')
      await exited
    }
    rmSync(dataDir, {recursive: true, force: true})
  }
  const start: BenchSystem['start'] = async (name, command, args, env) => {
    const child = spawn(command, args, {
      cwd: name === 'site' ? webDir : root,
      env: env ?? process.env,
      stdio: 'ignore',
      detached: true,
    })
    children.push(child)
    const url =
      name === 'lake'
        ? `${lakeHttp}/v1/ping`
        : name === 'site'
          ? `${siteUrl}/robots.txt`
          : `http://127.0.0.1:${ports.static}/`
    await waitFor(url, child, name)
  }

  try {
    const dataset = path.join(dataDir, 'demo.ndjson')
    run('dataset:seed', node, ['scripts/datasetSeed.ts', '--out', dataset])
    run('lake:import', node, ['scripts/lakeImport.ts', dataset, '--data', lakeDir])
    const webhookSecret = 'bench-webhook-secret-0123456789'
    const webhooks = path.join(dataDir, 'webhooks.json')
    writeFileSync(
      webhooks,
      JSON.stringify([
        {
          name: 'site revalidation',
          url: `${siteUrl}/api/revalidate`,
          filter: '!(_id in path("drafts.**"))',
          projection: '{_id, _type, "slug": slug.current}',
          on: ['create', 'update', 'delete'],
          secret: webhookSecret,
        },
      ]),
    )
    await start('lake', node, [
      'lake/src/cli.ts',
      '--port',
      String(ports.lakeHttps),
      '--http-port',
      String(ports.lakeHttp),
      '--data',
      lakeDir,
      '--webhooks',
      webhooks,
    ])
    const users = JSON.parse(readFileSync(path.join(lakeDir, 'demo-users.json'), 'utf8')) as {
      id: string
      token: string
    }[]
    const token = (userId: string) => {
      const user = users.find((candidate) => candidate.id === userId)
      if (!user) throw new BenchError(`no demo user ${userId}`)
      return user.token
    }
    const keys = await generateSigningKeyPair()
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      SANITY_PROJECT_ID: 'local',
      SANITY_DATASET: 'production',
      SANITY_API_HOST: lakeHttp,
      SANITY_READ_TOKEN: token('rSiteReader'),
      SANITY_PUBLISHER_TOKEN: token('rPublisher'),
      SANITY_WEBHOOK_SECRET: webhookSecret,
      PREVIEW_SECRET: 'bench-preview-secret-0123456789abcdef',
      REVIEW_SIGNING_KEY: keys.privateKeyPem,
      REVIEW_SIGNING_KEY_ID: 'bench-key',
      REVIEW_PUBLIC_KEYS: JSON.stringify({'bench-key': keys.publicKeyPem}),
      STUDIO_ORIGIN: `https://localhost:${ports.lakeHttps}`,
      SITE_URL: siteUrl,
    }
    const buildStarted = performance.now()
    run('next build', next, ['build'], env, webDir)
    const buildSeconds = (performance.now() - buildStarted) / 1000
    await start('site', node, ['server.ts', '--port', String(ports.web)], env)
    const pids = () => children.flatMap((child) => (child.pid === undefined ? [] : [child.pid]))
    return {siteUrl, lakeHttp, token, buildSeconds, start, stop, pids}
  } catch (error) {
    await stop()
    throw error
  }
}
