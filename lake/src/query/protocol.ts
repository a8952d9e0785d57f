import type {Grant} from '../auth/roles.ts'
import type {Perspective} from './perspective.ts'

/** What the main thread asks a query worker to evaluate. */
export interface QueryJob {
  query: string
  params: Record<string, unknown>
  perspective: Perspective
  /** Read grants of the caller: documents outside them are invisible to the query. */
  grants: Grant[]
  identity?: string
}

export interface WorkerData {
  dbPath: string
  projectId: string
  dataset: string
}

export type WorkerRequest = {id: number; job: QueryJob}

export type WorkerReply =
  | {
      id: number
      ok: true
      resultJson: string
      ms: number
      /** Field paths this worker's SQL compared by value for the first time (see pool.ts). */
      fieldPaths?: string[]
    }
  | {
      id: number
      ok: false
      error:
        | {kind: 'parse'; description: string; start: number; end: number}
        | {kind: 'evaluation'; description: string}
    }
