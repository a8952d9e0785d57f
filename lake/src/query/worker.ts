import {performance} from 'node:perf_hooks'
import {parentPort, workerData} from 'node:worker_threads'
import {evaluate} from 'groq-js'
import {parseQuery, QueryParseError} from './parseQuery.ts'
import type {WorkerData, WorkerReply, WorkerRequest} from './protocol.ts'
import {DocumentSnapshot} from './snapshot.ts'
import {bindTextQueries, usesTextQuery} from './textQuery.ts'

/*
 * One query worker: groq-js can be exponential (nested subqueries), so queries run here, off the
 * lake's event loop. The pool terminates a worker whose query outlives the limit.
 */

const {dbPath, projectId, dataset} = workerData as WorkerData
const snapshot = new DocumentSnapshot(dbPath)
const port = parentPort
if (!port) throw new Error('query/worker.ts runs as a worker thread (see query/pool.ts)')

async function run({id, job}: WorkerRequest): Promise<WorkerReply> {
  const started = performance.now()
  try {
    snapshot.refresh(job.seq)
    const documents = snapshot.documents(job.perspective, job.grants, job.identity)
    const parsed = parseQuery(job.query, job.params)
    const tree = usesTextQuery(parsed) ? bindTextQueries(parsed, documents) : parsed
    const value = await evaluate(tree, {
      dataset: documents,
      params: job.params,
      identity: job.identity,
      timestamp: new Date(),
      sanity: {projectId, dataset},
    })
    const result: unknown = await value.get()
    const resultJson = JSON.stringify(result ?? null)
    return {id, ok: true, resultJson, ms: Math.round(performance.now() - started)}
  } catch (error) {
    if (error instanceof QueryParseError)
      return {
        id,
        ok: false,
        error: {kind: 'parse', description: error.message, start: error.start, end: error.end},
      }
    const description = error instanceof Error ? error.message : String(error)
    return {id, ok: false, error: {kind: 'evaluation', description}}
  }
}

port.on('message', (request: WorkerRequest) => {
  void run(request).then((reply) => port.postMessage(reply))
})
