import {BenchError} from '../waitFor.ts'
import {reviewAndPublish, takeDown, type ServiceAccess} from '../../review/serviceCalls.ts'

export interface ProbeResult {
  /** Takedowns and fresh sign-offs the probe made while the load ran. */
  changes: number
  /** First requests after a service call returned that still showed the state before it. */
  stale: number
  /** Requests the probe made (two per change: identity and gzip, two different cache keys). */
  checked: number
  /** What each stale response was: expected and seen status, and which cache answered. */
  staleSeen: string[]
}

/** Both encodings: the cache keeps one copy per encoding, and a purge must reach both. */
async function answers(url: string): Promise<Response[]> {
  const responses = await Promise.all(
    ['identity', 'gzip'].map((encoding) => fetch(url, {headers: {'accept-encoding': encoding}})),
  )
  await Promise.all(responses.map((response) => response.arrayBuffer()))
  return responses
}

const describe = (response: Response, expected: number) =>
  `expected ${expected}, got ${response.status} (response cache ${response.headers.get('x-vetted-cache') ?? '-'}, Next ${response.headers.get('x-nextjs-cache') ?? '-'})`

/**
 * Until `done` settles: takes the page down, then has it signed off and published again, and
 * after each service call returns checks that the very next request shows the change (404 after
 * the takedown, 200 after the sign-off). Ends with the page published.
 */
export async function probeFreshness(
  service: ServiceAccess,
  url: string,
  documentId: string,
  done: Promise<unknown>,
): Promise<ProbeResult> {
  const state = {finished: false}
  void done.finally(() => {
    state.finished = true
  })
  const result: ProbeResult = {changes: 0, stale: 0, checked: 0, staleSeen: []}
  const expect = async (status: number) => {
    const seen = await answers(url)
    result.changes += 1
    result.checked += seen.length
    for (const answer of seen.filter((candidate) => candidate.status !== status)) {
      result.stale += 1
      result.staleSeen.push(describe(answer, status))
    }
  }
  while (!state.finished) {
    await takeDown(service, documentId, {reason: 'Benchmark takedown probe'})
    await expect(404)
    await reviewAndPublish(service, documentId, {notes: 'Benchmark sign-off'})
    await expect(200)
  }
  if ((await answers(url)).some((response) => response.status !== 200))
    throw new BenchError(`${url} is not published after the probe`)
  return result
}
