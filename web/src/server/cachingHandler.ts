import {createHash} from 'node:crypto'
import type {IncomingMessage, OutgoingHttpHeaders, ServerResponse} from 'node:http'
import {cacheKeyFor, mayKeep, pageLifetimeMs, readerCacheControl} from './cacheRules.ts'
import type {Purger} from './purge.ts'
import type {CachedResponse, ResponseCache} from './responseCache.ts'

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => unknown

/** Response headers that describe one connection or one send, never a stored response. */
const perSendHeaders = new Set([
  'connection',
  'content-length',
  'date',
  'keep-alive',
  'transfer-encoding',
  'x-vetted-cache',
])

function storedHeaders(headers: OutgoingHttpHeaders): CachedResponse['headers'] {
  const kept: CachedResponse['headers'] = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || perSendHeaders.has(name)) continue
    kept[name] = Array.isArray(value) ? value.map(String) : String(value)
  }
  return kept
}

/** What a 304 repeats from the stored response (RFC 9110 §15.4.5). */
function notModifiedHeaders(entry: CachedResponse): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {'x-vetted-cache': 'HIT'}
  for (const name of ['etag', 'cache-control', 'vary']) {
    const value = entry.headers[name]
    if (value !== undefined) headers[name] = value
  }
  return headers
}

function send(request: IncomingMessage, response: ServerResponse, entry: CachedResponse) {
  const etag = entry.headers.etag
  if (typeof etag === 'string' && request.headers['if-none-match'] === etag) {
    response.writeHead(304, notModifiedHeaders(entry))
    response.end()
    return
  }
  response.writeHead(entry.status, {
    ...entry.headers,
    'content-length': String(entry.body.length),
    'x-vetted-cache': 'HIT',
  })
  response.end(request.method === 'HEAD' ? undefined : entry.body)
}

const asBuffer = (chunk: unknown, encoding: unknown): Buffer | undefined => {
  if (typeof chunk === 'string')
    return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
  if (chunk instanceof Uint8Array) return Buffer.from(chunk)
  return undefined
}

/**
 * Tees what Next writes (after its compression) into a copy, and reports the finished response,
 * or undefined when the connection closed before it finished.
 */
function capture(response: ServerResponse, done: (copy: CachedResponse | undefined) => void) {
  const chunks: Buffer[] = []
  const write = response.write.bind(response) as (...args: unknown[]) => boolean
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse
  response.write = ((chunk: unknown, ...rest: unknown[]) => {
    const bytes = asBuffer(chunk, rest[0])
    if (bytes) chunks.push(bytes)
    return write(chunk, ...rest)
  }) as ServerResponse['write']
  response.end = ((chunk?: unknown, ...rest: unknown[]) => {
    const bytes = typeof chunk === 'function' ? undefined : asBuffer(chunk, rest[0])
    if (bytes) chunks.push(bytes)
    return end(chunk, ...rest)
  }) as ServerResponse['end']
  response.once('close', () => {
    if (!response.writableFinished) return done(undefined)
    done({
      status: response.statusCode,
      headers: storedHeaders(response.getHeaders()),
      body: Buffer.concat(chunks),
    })
  })
}

/**
 * `writeHead(status, headers)` can bypass `getHeaders()`; setting them first keeps the copy
 * whole, and lets `beforeHead` see and change the final headers as they go out.
 */
function onHead(response: ServerResponse, beforeHead: (status: number) => void) {
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse
  response.writeHead = ((status: number, ...rest: unknown[]) => {
    const headers = rest.find((value) => typeof value === 'object' && value !== null)
    const message = typeof rest[0] === 'string' ? [rest[0]] : []
    if (Array.isArray(headers)) {
      for (let index = 0; index + 1 < headers.length; index += 2)
        response.appendHeader(String(headers[index]), String(headers[index + 1]))
    } else if (headers) {
      for (const [name, value] of Object.entries(headers))
        if (value !== undefined) response.setHeader(name, value as string | string[])
    }
    beforeHead(status)
    return writeHead(status, ...message)
  }) as ServerResponse['writeHead']
}

const etagOf = (body: Buffer) =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`

/**
 * Puts `cache` in front of Next's request handler. A request the cache may answer is served from
 * it, or rendered once by Next while other readers of the same page wait for that render. What
 * it keeps is told to readers as `public, max-age=0, must-revalidate` with an ETag.
 */
export function withResponseCache(
  handle: RequestHandler,
  cache: ResponseCache,
): {handler: RequestHandler; purger: Purger} {
  const render = (request: IncomingMessage, response: ServerResponse, key: string) => {
    const pending = cache.begin(key)
    onHead(response, (status) => {
      if (mayKeep({status, headers: response.getHeaders()}, key))
        response.setHeader('cache-control', readerCacheControl)
    })
    capture(response, (copy) => {
      const kept = copy && mayKeep(copy, key)
      if (kept) copy.headers.etag = etagOf(copy.body)
      pending.finish(kept ? copy : undefined, kept ? pageLifetimeMs : 0)
    })
    response.setHeader('x-vetted-cache', 'MISS')
    return handle(request, response)
  }

  const handler: RequestHandler = async (request, response) => {
    const key = cacheKeyFor(request)
    if (key === undefined) return handle(request, response)
    const stored = cache.get(key)
    if (stored) return send(request, response, stored)
    if (request.method === 'HEAD') return handle(request, response)
    const inFlight = cache.waitFor(key)
    if (!inFlight) return render(request, response, key)
    const shared = await inFlight
    if (shared) return send(request, response, shared)
    return handle(request, response)
  }

  return {handler, purger: {purge: () => cache.purge()}}
}
