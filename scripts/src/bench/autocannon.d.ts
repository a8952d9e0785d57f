/** The part of autocannon 8 the benchmarks use (the package ships no types). */
declare module 'autocannon' {
  import type {EventEmitter} from 'node:events'

  interface Options {
    url: string
    connections?: number
    duration?: number
    pipelining?: number
    headers?: Record<string, string>
  }

  interface Histogram {
    average: number
    p50: number
    p90: number
    p99: number
  }

  interface Result {
    requests: Histogram & {total: number}
    latency: Histogram
    errors: number
    timeouts: number
    non2xx: number
    '2xx': number
  }

  interface Instance extends EventEmitter {
    on(
      event: 'response',
      listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void,
    ): this
    on(event: 'done', listener: (result: Result) => void): this
  }

  function autocannon(
    options: Options,
    callback: (error: Error | null, result: Result) => void,
  ): Instance

  export default autocannon
  export type {Instance, Options, Result}
}
