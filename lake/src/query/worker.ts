import {performance} from 'node:perf_hooks'
import {parentPort, workerData} from 'node:worker_threads'
import {runQuery} from './engine.ts'
import {QueryParseError} from './parseQuery.ts'
import type {WorkerData, WorkerReply, WorkerRequest} from './protocol.ts'
import {DocumentSource} from './pushdown/source.ts'

/*
 * One query worker: groq-js can be exponential (nested subqueries), so queries run here, off the
 * lake's event loop. The pool terminates a worker whose query outlives the limit. Each worker
 * reads the SQLite file through its own read-only connection; WAL lets it read while the store
 * writes, and every query sees the transactions committed before it was sent.
 */

const {dbPath, projectId, dataset} = workerData as WorkerData
const source = new DocumentSource(dbPath)
const port = parentPort
if (!port) throw new Error('query/worker.ts runs as a worker thread (see query/pool.ts)')

async function run({id, job}: WorkerRequest): Promise<WorkerReply> {
  const started = performance.now()
  try {
    const result = await runQuery(source, job, {projectId, dataset})
    const resultJson = JSON.stringify(result ?? null)
    const ms = Math.round(performance.now() - started)
    const fieldPaths = source.takeFieldPaths()
    return {id, ok: true, resultJson, ms, ...(fieldPaths.length > 0 ? {fieldPaths} : {})}
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
