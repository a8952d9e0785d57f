import {Worker} from 'node:worker_threads'
import {LakeError} from '../errors.ts'
import {QueryParseError} from './parseQuery.ts'
import type {QueryJob, WorkerData, WorkerReply} from './protocol.ts'

export interface QueryOutcome {
  resultJson: string
  ms: number
}

/** The one interface endpoints use to run GROQ, so the engine behind it can change. */
export interface QueryRunner {
  run(job: QueryJob, signal?: AbortSignal): Promise<QueryOutcome>
  close(): Promise<void>
}

export interface PoolOptions extends WorkerData {
  size: number
  timeoutMs: number
  log: (line: string) => void
  /** Field paths a query compared by value for the first time in its worker. */
  onFieldPaths?: (paths: string[]) => void
}

interface Pending {
  job: QueryJob
  signal?: AbortSignal
  resolve(outcome: QueryOutcome): void
  reject(error: unknown): void
}

interface Slot {
  worker: Worker
  current?: {id: number; pending: Pending; timer: NodeJS.Timeout; onAbort: () => void}
}

export const queryTimeout = (ms: number) =>
  new LakeError({
    status: 400,
    type: 'queryTimeout',
    description: `Query ran longer than ${ms} ms and was cancelled: narrow the filters or avoid nested subqueries such as *[_id in *[…]._id]`,
  })

const workerUrl = new URL('./worker.ts', import.meta.url)

/**
 * A fixed pool of query worker threads. A query past the time limit cannot be interrupted inside
 * groq-js, so its worker is terminated and replaced; the other workers keep answering.
 */
export function createQueryPool(options: PoolOptions): QueryRunner {
  const queue: Pending[] = []
  const slots: Slot[] = []
  let nextId = 1
  let closed = false
  const workerData: WorkerData = {
    dbPath: options.dbPath,
    projectId: options.projectId,
    dataset: options.dataset,
  }

  function spawn(): Slot {
    // A small young generation: queries allocate short-lived documents, and V8's default
    // semi-spaces made each idle-again worker keep ~70 MB (measured: 320 → 234 MB for the lake
    // at 100k documents after the benchmark's queries, same latencies; a 10k-document read is
    // ~10 % slower).
    const worker = new Worker(workerUrl, {
      workerData,
      resourceLimits: {maxYoungGenerationSizeMb: 8},
    })
    const slot: Slot = {worker}
    slot.worker.on('message', (reply: WorkerReply) => settle(slot, reply))
    slot.worker.on('error', (error) => {
      options.log(`query worker failed: ${error.stack ?? error.message}`)
      replace(
        slot,
        new LakeError({status: 500, type: 'internalError', description: 'Query worker failed'}),
      )
    })
    return slot
  }

  function replace(slot: Slot, error: unknown) {
    const current = slot.current
    slot.current = undefined
    if (current) {
      clearTimeout(current.timer)
      current.pending.signal?.removeEventListener('abort', current.onAbort)
      current.pending.reject(error)
    }
    slot.worker.removeAllListeners()
    void slot.worker.terminate()
    const index = slots.indexOf(slot)
    if (index >= 0 && !closed) slots[index] = spawn()
    pump()
  }

  function settle(slot: Slot, reply: WorkerReply) {
    const current = slot.current
    if (!current || current.id !== reply.id) return
    clearTimeout(current.timer)
    current.pending.signal?.removeEventListener('abort', current.onAbort)
    slot.current = undefined
    if (reply.ok && reply.fieldPaths) options.onFieldPaths?.(reply.fieldPaths)
    if (reply.ok) current.pending.resolve({resultJson: reply.resultJson, ms: reply.ms})
    else if (reply.error.kind === 'parse')
      current.pending.reject(
        new QueryParseError(
          reply.error.description,
          current.pending.job.query,
          reply.error.start,
          reply.error.end,
        ),
      )
    else
      current.pending.reject(
        new LakeError({status: 400, type: 'queryError', description: reply.error.description}),
      )
    pump()
  }

  function pump() {
    for (const slot of slots) {
      if (slot.current) continue
      const pending = queue.shift()
      if (!pending) return
      const id = nextId++
      const timer = setTimeout(
        () => replace(slot, queryTimeout(options.timeoutMs)),
        options.timeoutMs,
      )
      // A caller that went away no longer needs its answer: free the worker for others.
      const onAbort = () =>
        replace(
          slot,
          new LakeError({
            status: 499,
            type: 'clientClosedRequest',
            description: 'The client closed the request',
          }),
        )
      pending.signal?.addEventListener('abort', onAbort, {once: true})
      slot.current = {id, pending, timer, onAbort}
      // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker thread, not a window
      slot.worker.postMessage({id, job: pending.job})
    }
  }

  for (let index = 0; index < options.size; index++) slots.push(spawn())

  return {
    run(job, signal) {
      if (closed) return Promise.reject(new Error('the query pool is closed'))
      return new Promise<QueryOutcome>((resolve, reject) => {
        const pending: Pending = {job, signal, resolve, reject}
        if (signal?.aborted) {
          reject(new Error('aborted'))
          return
        }
        queue.push(pending)
        signal?.addEventListener(
          'abort',
          () => {
            const index = queue.indexOf(pending)
            if (index >= 0) queue.splice(index, 1)
          },
          {once: true},
        )
        pump()
      })
    },
    async close() {
      closed = true
      for (const pending of queue.splice(0)) pending.reject(new Error('the lake is shutting down'))
      await Promise.all(slots.map((slot) => slot.worker.terminate()))
    },
  }
}
