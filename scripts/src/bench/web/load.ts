import {execFile} from 'node:child_process'
import path from 'node:path'
import {promisify} from 'node:util'
import {z} from 'zod'
import {BenchError} from '../waitFor.ts'
import {generatorCore, onCore} from './cores.ts'

const run = promisify(execFile)

export const wrk = '/usr/bin/wrk'

export interface LoadResult {
  requestsPerSecond: number
  p50: number
  p95: number
  p99: number
  failures: number
  /** Share of one core the generator used: near 1 means it, not the server, was the limit. */
  generatorCpu: number
}

const wrkReport = z.object({
  requests: z.number(),
  durationUs: z.number().positive(),
  p50: z.number(),
  p95: z.number(),
  p99: z.number(),
  non2xx: z.number(),
  socketErrors: z.number(),
})

/** bash's `times`: its own user/system time, then its children's (here: wrk's). */
function childSeconds(times: string): number {
  const [, children] = times.trim().split('\n').slice(-2)
  const seconds = [...(children ?? '').matchAll(/(\d+)m([\d.]+)s/g)].map(
    ([, minutes, rest]) => Number(minutes) * 60 + Number(rest),
  )
  if (seconds.length !== 2) throw new BenchError(`cannot read wrk's CPU time from "${times}"`)
  return (seconds[0] ?? 0) + (seconds[1] ?? 0)
}

const reportScript = path.join(import.meta.dirname, 'wrkReport.lua')

/**
 * Drives `url` with `connections` keep-alive connections for `seconds`: wrk (one thread, in C,
 * so the generator is not what runs out of CPU) on the generator's core. The same generator
 * measures the site and the static reference.
 */
export async function load(url: string, connections: number, seconds: number): Promise<LoadResult> {
  const wrkArgs = ['-t1', `-c${connections}`, `-d${seconds}s`, '-s', reportScript, url]
  const [command, args] = onCore(generatorCore, 'bash', [
    '-c',
    '"$@"; status=$?; times; exit $status',
    'bash',
    wrk,
    ...wrkArgs,
  ])
  const {stdout} = await run(command, args, {maxBuffer: 1024 * 1024})
  const lines = stdout.trim().split('\n')
  const jsonLine = lines.find((line) => line.startsWith('{"requests"'))
  if (!jsonLine) throw new BenchError(`wrk printed no report:\n${stdout}`)
  const report = wrkReport.parse(JSON.parse(jsonLine))
  const wallSeconds = report.durationUs / 1e6
  return {
    requestsPerSecond: report.requests / wallSeconds,
    p50: report.p50 / 1000,
    p95: report.p95 / 1000,
    p99: report.p99 / 1000,
    failures: report.non2xx + report.socketErrors,
    generatorCpu: childSeconds(lines.slice(-2).join('\n')) / wallSeconds,
  }
}
