import {spawn, type ChildProcess} from 'node:child_process'
import {createInterface} from 'node:readline'

export interface Service {
  name: string
  child: ChildProcess
  /** The last lines it printed, for the error when it fails to start. */
  recentOutput(): string
  stop(): Promise<void>
}

/** Starts a child process whose output is prefixed with its name (or kept quiet until it fails). */
export function startService(
  name: string,
  command: string,
  args: string[],
  options: {env?: NodeJS.ProcessEnv; cwd?: string; quiet?: boolean} = {},
): Service {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  const recent: string[] = []
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({input: stream}).on('line', (line) => {
      recent.push(line)
      if (recent.length > 40) recent.shift()
      if (!options.quiet) console.log(`[${name}] ${line}`)
    })
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return {
    name,
    child,
    recentOutput: () => recent.join('\n'),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return
      // Kill the whole group: `next dev` and the lake's workers are grandchildren.
      try {
        process.kill(-(child.pid ?? 0), 'SIGTERM')
      } catch {
        return
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-(child.pid ?? 0), 'SIGKILL')
        } catch {
          // already gone
        }
      }, 5_000)
      await exited
      clearTimeout(timer)
    },
  }
}

export class StartupError extends Error {
  override name = 'StartupError'
}

/** Polls `url` until it answers (any status below 500) or the service exits or the time runs out. */
export async function waitForUrl(
  service: Service,
  url: string,
  timeoutMs = 120_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) {
      throw new StartupError(
        `${service.name} exited with code ${service.child.exitCode} before it answered at ${url}.\nIts last output:\n${service.recentOutput()}`,
      )
    }
    try {
      const response = await fetch(url, {signal: AbortSignal.timeout(5_000)})
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new StartupError(
    `${service.name} did not answer at ${url} within ${timeoutMs / 1000}s.\nIts last output:\n${service.recentOutput()}`,
  )
}
