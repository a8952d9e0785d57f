import {spawn, type ChildProcess} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {createInterface} from 'node:readline'
import {createClient, type SanityClient} from '@sanity/client'
import {z} from 'zod'
import {root} from '@vetted/scripts/steps'
import {freePort} from './ports.ts'

const issuedUsersSchema = z.array(
  z.object({
    id: z.string(),
    name: z.string(),
    role: z.enum(['administrator', 'editor', 'contributor', 'viewer']),
    token: z.string(),
  }),
)
export type IssuedUser = z.infer<typeof issuedUsersSchema>[number]

export interface TestLake {
  httpUrl: string
  httpsUrl: string
  dataDir: string
  /** The lake's self-signed certificate (PEM), to trust in HTTPS clients. */
  certificate: string
  users: IssuedUser[]
  /** A real @sanity/client for one demo user (e.g. "pSamLee"), over plain HTTP. */
  client(userId: string): SanityClient
  /** A client without a token. */
  anonymous(): SanityClient
  token(userId: string): string
  /** What the lake printed (for assertions on its log and for failures). */
  output(): string
  stop(): Promise<void>
}

export interface TestLakeOptions {
  /** Written to the data folder and passed with --webhooks. */
  webhooks?: unknown[]
  args?: string[]
}

export const apiVersion = '2025-02-19'

async function waitForPing(child: ChildProcess, url: string, output: () => string) {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the lake exited with ${child.exitCode} before answering:\n${output()}`)
    try {
      const response = await fetch(`${url}/v1/ping`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`the lake did not answer within 60 s:\n${output()}`)
}

/** Starts `lake/src/cli.ts` as its own process on free ports with a fresh data folder. */
export async function startTestLake(options: TestLakeOptions = {}): Promise<TestLake> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'vetted-lake-'))
  const httpsPort = await freePort()
  let httpPort = await freePort()
  while (httpPort === httpsPort) httpPort = await freePort()
  const args = [
    path.join(root, 'lake', 'src', 'cli.ts'),
    '--port',
    String(httpsPort),
    '--http-port',
    String(httpPort),
    '--data',
    dataDir,
    ...(options.args ?? []),
  ]
  if (options.webhooks) {
    const file = path.join(dataDir, 'webhooks.json')
    writeFileSync(file, JSON.stringify(options.webhooks))
    args.push('--webhooks', file)
  }
  const child = spawn(process.execPath, args, {cwd: root, stdio: ['ignore', 'pipe', 'pipe']})
  const lines: string[] = []
  for (const stream of [child.stdout, child.stderr])
    createInterface({input: stream}).on('line', (line) => lines.push(line))
  const output = () => lines.join('\n')
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))

  const httpUrl = `http://127.0.0.1:${httpPort}`
  try {
    await waitForPing(child, httpUrl, output)
  } catch (error) {
    child.kill('SIGKILL')
    rmSync(dataDir, {recursive: true, force: true})
    throw error
  }

  const users = issuedUsersSchema.parse(
    JSON.parse(readFileSync(path.join(dataDir, 'demo-users.json'), 'utf8')),
  )
  const token = (userId: string) => {
    const user = users.find((candidate) => candidate.id === userId)
    if (!user) throw new Error(`no demo user "${userId}"`)
    return user.token
  }
  const clientFor = (auth: string | undefined) =>
    createClient({
      projectId: 'local',
      dataset: 'production',
      apiHost: httpUrl,
      useProjectHostname: false,
      apiVersion,
      useCdn: false,
      token: auth,
    })

  return {
    httpUrl,
    httpsUrl: `https://localhost:${httpsPort}`,
    dataDir,
    certificate: readFileSync(path.join(dataDir, 'tls', 'localhost-cert.pem'), 'utf8'),
    users,
    client: (userId) => clientFor(token(userId)),
    anonymous: () => clientFor(undefined),
    token,
    output,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM')
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
        await exited
        clearTimeout(timer)
      }
      rmSync(dataDir, {recursive: true, force: true})
    },
  }
}
