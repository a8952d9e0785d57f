import autocannon from 'autocannon'

export interface LoadResult {
  requestsPerSecond: number
  p50: number
  p95: number
  p99: number
  failures: number
}

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)
  return sorted[Math.max(0, index)] ?? Number.NaN
}

/**
 * Drives `url` with `connections` keep-alive connections for `seconds`. Percentiles come from
 * every response time (autocannon's own summary has no p95).
 */
export function load(url: string, connections: number, seconds: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const times: number[] = []
    const instance = autocannon({url, connections, duration: seconds}, (error, result) => {
      if (error) {
        reject(error)
        return
      }
      times.sort((a, b) => a - b)
      resolve({
        requestsPerSecond: result.requests.total / seconds,
        p50: percentile(times, 0.5),
        p95: percentile(times, 0.95),
        p99: percentile(times, 0.99),
        failures: result.errors + result.timeouts + result.non2xx,
      })
    })
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime))
  })
}
