import {spawn} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {createClient, type SanityClient} from '@sanity/client'
import {root} from '../../steps.ts'
import {waitFor} from '../waitFor.ts'

/** Ports of its own, so the benchmark never meets `npm run dev` (4000/4001) or bench:web. */
const ports = {https: 4700, http: 4701}

export interface LakeProcess {
  client: SanityClient
  /** Resident memory of the lake process (main thread and query workers): now and at peak. */
  memory(): {rssMb: number; peakMb: number}
  stop(): Promise<void>
}

/** The real lake (`lake/src/cli.ts`) on a benchmark data folder, with a viewer's client. */
export async function startLakeProcess(dataDir: string, indexes: string[]): Promise<LakeProcess> {
  const child = spawn(
    process.execPath,
    [
      'lake/src/cli.ts',
      '--port',
      String(ports.https),
      '--http-port',
      String(ports.http),
      '--data',
      dataDir,
      ...indexes.flatMap((index) => ['--index', index]),
    ],
    {cwd: root, stdio: 'ignore'},
  )
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const url = `http://127.0.0.1:${ports.http}`
  await waitFor(`${url}/v1/ping`, child, `the lake on ${dataDir}`)
  const users = JSON.parse(readFileSync(path.join(dataDir, 'demo-users.json'), 'utf8')) as Array<{
    role: string
    token: string
  }>
  const viewer = users.find((user) => user.role === 'viewer')
  if (!viewer) throw new Error('the lake issued no viewer token')
  const client = createClient({
    projectId: 'local',
    dataset: 'production',
    apiHost: url,
    useProjectHostname: false,
    apiVersion: '2025-02-19',
    useCdn: false,
    token: viewer.token,
  })
  const status = (field: string) => {
    const text = readFileSync(`/proc/${child.pid}/status`, 'utf8')
    const kb = Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(text)?.[1] ?? Number.NaN)
    return kb / 1024
  }
  return {
    client,
    memory: () => ({rssMb: status('VmRSS'), peakMb: status('VmHWM')}),
    async stop() {
      child.kill('SIGTERM')
      await exited
    },
  }
}
