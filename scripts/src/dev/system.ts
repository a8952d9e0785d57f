import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {z} from 'zod'
import {root} from '../steps.ts'
import {startService, StartupError, waitForUrl, type Service} from './processes.ts'
import {
  ensureLocalSecrets,
  ensureReviewKeys,
  type LocalSecrets,
  type ReviewKeys,
} from './secrets.ts'
import {buildStudioIfChanged} from './studioBuild.ts'
import {urls, type Topology} from './topology.ts'

const demoUserSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(['administrator', 'editor', 'contributor', 'viewer']),
  token: z.string(),
})
export type DemoUser = z.infer<typeof demoUserSchema>

export interface RunningSystem {
  topology: Topology
  urls: ReturnType<typeof urls>
  users: DemoUser[]
  keys: ReviewKeys
  secrets: LocalSecrets
  userToken(id: string): string
  stop(): Promise<void>
}

export interface SystemOptions {
  /** `dev` runs `next dev` (fast restarts); `start` a production build; `none` no site. */
  web: 'dev' | 'start' | 'none'
  quiet?: boolean
  log?: (line: string) => void
}

const node = process.execPath

function runStep(what: string, args: string[]) {
  const result = spawnSync(node, args, {cwd: root, encoding: 'utf8'})
  if (result.status !== 0)
    throw new StartupError(`${what} failed:\n${result.stdout}\n${result.stderr}`)
  return result.stdout
}

function readUsers(lakeDir: string): DemoUser[] {
  const file = path.join(lakeDir, 'demo-users.json')
  return z.array(demoUserSchema).parse(JSON.parse(readFileSync(file, 'utf8')))
}

async function countSignedRecords(lakeHttp: string, token: string): Promise<number> {
  const query = encodeURIComponent('count(*[_type == "medicalReview"])')
  const response = await fetch(`${lakeHttp}/v2025-02-19/data/query/production?query=${query}`, {
    headers: {authorization: `Bearer ${token}`, 'x-sanity-project-id': 'local'},
  })
  if (!response.ok)
    throw new StartupError(
      `the lake refused a query (${response.status}): ${await response.text()}`,
    )
  return z.object({result: z.number()}).parse(await response.json()).result
}

/** Starts lake, Studio and site as `npm run dev` does; tests call it with their own topology. */
export async function startSystem(
  topology: Topology,
  options: SystemOptions,
): Promise<RunningSystem> {
  const log = options.log ?? ((line: string) => console.log(line))
  const at = urls(topology)
  const services: Service[] = []
  const stop = async () => {
    await Promise.all(services.reverse().map((service) => service.stop()))
  }
  try {
    mkdirSync(topology.lakeDir, {recursive: true})
    const secrets = ensureLocalSecrets(topology.dataDir)

    if (!existsSync(path.join(topology.lakeDir, 'lake.sqlite'))) {
      const dataset = path.join(topology.dataDir, 'demo-dataset.ndjson')
      log('Seeding the demo dataset into a new local lake…')
      runStep('the demo dataset', ['scripts/datasetSeed.ts', '--out', dataset])
      runStep('importing the demo dataset', [
        'scripts/lakeImport.ts',
        dataset,
        '--data',
        topology.lakeDir,
      ])
    }

    const studio = buildStudioIfChanged(topology.studioDir, {
      SANITY_STUDIO_API_HOST: at.lakeHttps,
      SANITY_STUDIO_SERVICE_URL: at.web,
    })
    log(`Studio: ${studio}`)

    const webhooks = path.join(topology.dataDir, 'webhooks.json')
    writeFileSync(
      webhooks,
      JSON.stringify(
        [
          {
            name: 'site revalidation',
            url: `${at.web}/api/revalidate`,
            filter: '!(_id in path("drafts.**"))',
            projection: '{_id, _type, "slug": slug.current}',
            on: ['create', 'update', 'delete'],
            secret: secrets.webhookSecret,
          },
        ],
        null,
        2,
      ),
    )

    const lake = startService(
      'lake',
      node,
      [
        'lake/src/cli.ts',
        '--port',
        String(topology.httpsPort),
        '--data',
        topology.lakeDir,
        '--studio',
        topology.studioDir,
        '--webhooks',
        webhooks,
        '--index',
        'slug.current',
      ],
      {cwd: root, quiet: options.quiet},
    )
    services.push(lake)
    await waitForUrl(lake, `${at.lakeHttp}/v1/ping`)

    const users = readUsers(topology.lakeDir)
    const userToken = (id: string) => {
      const user = users.find((candidate) => candidate.id === id)
      if (!user)
        throw new StartupError(`no demo user "${id}" in ${topology.lakeDir}/demo-users.json`)
      return user.token
    }
    const signedRecords = await countSignedRecords(at.lakeHttp, userToken('pSamLee'))
    const keys = await ensureReviewKeys(topology.dataDir, {signedRecordsExist: signedRecords > 0})

    if (options.web !== 'none') {
      const env = webEnv(topology, {keys, secrets, userToken})
      if (options.web === 'start') runNextBuild(env)
      // `dev` is Next's dev server; `start` is production: web/server.ts, Next behind the
      // response cache.
      const [command, args] =
        options.web === 'start'
          ? [process.execPath, ['server.ts', '--port', String(topology.webPort)]]
          : [
              path.join(root, 'web', 'node_modules', '.bin', 'next'),
              ['dev', '--port', String(topology.webPort)],
            ]
      const web = startService('web', command, args, {
        cwd: path.join(root, 'web'),
        env,
        quiet: options.quiet,
      })
      services.push(web)
      await waitForUrl(web, `${at.web}/api/review/public-keys`, 300_000)
    }

    return {topology, urls: at, users, keys, secrets, userToken, stop}
  } catch (error) {
    await stop()
    throw error
  }
}

export function webEnv(
  topology: Topology,
  {
    keys,
    secrets,
    userToken,
  }: {keys: ReviewKeys; secrets: LocalSecrets; userToken: (id: string) => string},
): NodeJS.ProcessEnv {
  const at = urls(topology)
  return {
    ...process.env,
    SANITY_PROJECT_ID: 'local',
    SANITY_DATASET: 'production',
    SANITY_API_HOST: at.lakeHttp,
    SANITY_READ_TOKEN: userToken('rSiteReader'),
    SANITY_PUBLISHER_TOKEN: userToken('rPublisher'),
    SANITY_WEBHOOK_SECRET: secrets.webhookSecret,
    PREVIEW_SECRET: secrets.previewSecret,
    REVIEW_SIGNING_KEY: keys.privateKeyPem,
    REVIEW_SIGNING_KEY_ID: keys.keyId,
    REVIEW_PUBLIC_KEYS: JSON.stringify({[keys.keyId]: keys.publicKeyPem}),
    STUDIO_ORIGIN: at.lakeHttps,
    SITE_URL: at.web,
    NEXT_TELEMETRY_DISABLED: '1',
  }
}

function runNextBuild(env: NodeJS.ProcessEnv) {
  const result = spawnSync(path.join(root, 'web', 'node_modules', '.bin', 'next'), ['build'], {
    cwd: path.join(root, 'web'),
    env,
    encoding: 'utf8',
  })
  if (result.status !== 0)
    throw new StartupError(`next build failed:\n${result.stdout}\n${result.stderr}`)
}
