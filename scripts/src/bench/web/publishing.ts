import {BenchError} from '../waitFor.ts'

/** Milliseconds from the start of `publish` until `url` answers 200 (polling every 10 ms). */
export async function publishToVisible(url: string, publish: () => Promise<void>): Promise<number> {
  const started = performance.now()
  await publish()
  const deadline = started + 30_000
  while (performance.now() < deadline) {
    if ((await fetch(url)).status === 200) return performance.now() - started
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new BenchError(`${url} was not visible 30 s after publishing`)
}
