import type {ChildProcess} from 'node:child_process'

export class BenchError extends Error {
  override name = 'BenchError'
}

/** Waits until a service the benchmark started answers `url` (below 500), for two minutes. */
export async function waitFor(url: string, child: ChildProcess, what: string): Promise<void> {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new BenchError(`${what} exited before answering at ${url}`)
    try {
      if ((await fetch(url)).status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new BenchError(`${what} did not answer at ${url} within 120 s`)
}
