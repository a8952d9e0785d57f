import {createReadStream} from 'node:fs'
import type {OutgoingHttpHeaders} from 'node:http'
import {LakeError} from '../errors.ts'
import {QueryParseError} from '../query/parseQuery.ts'
import type {Reply, ReplyStream} from './reply.ts'

/** The writable side shared by HTTP/1.1 and HTTP/2 compatibility responses. */
export interface RawResponse {
  writeHead(status: number, headers: OutgoingHttpHeaders): unknown
  write(chunk: string | Buffer): boolean
  end(chunk?: string | Buffer): unknown
  on(event: 'close', listener: () => void): unknown
  readonly headersSent: boolean
  readonly writableEnded: boolean
  readonly writableLength: number
}

/** A listener that stops reading is cut off here; it reconnects and resumes from its last id. */
const maxBufferedStreamBytes = 8 * 1024 * 1024

export type Log = (line: string) => void

/** Maps anything thrown by a route to Sanity's error shape; never leaks a stack trace. */
export function errorReply(error: unknown, log: Log): Reply {
  if (error instanceof LakeError) return {kind: 'json', status: error.status, body: error.toBody()}
  if (error instanceof QueryParseError) return {kind: 'json', status: 400, body: error.toBody()}
  log(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  return {
    kind: 'json',
    status: 500,
    body: {error: {type: 'internalError', description: 'Internal server error'}},
  }
}

function streamOver(res: RawResponse): ReplyStream {
  const callbacks: Array<() => void> = []
  let closed = false
  const close = () => {
    if (closed) return
    closed = true
    for (const callback of callbacks.splice(0)) callback()
  }
  res.on('close', close)
  return {
    get closed() {
      return closed
    },
    write(chunk) {
      if (closed) return
      res.write(chunk)
      if (res.writableLength > maxBufferedStreamBytes) {
        res.end()
        close()
      }
    },
    end() {
      if (!res.writableEnded) res.end()
      close()
    },
    onClose(callback) {
      if (closed) callback()
      else callbacks.push(callback)
    },
  }
}

export function writeReply(res: RawResponse, reply: Reply, baseHeaders: OutgoingHttpHeaders) {
  if (res.headersSent) return
  const headers = {...baseHeaders, ...('headers' in reply ? reply.headers : {})}
  switch (reply.kind) {
    case 'json': {
      const body = JSON.stringify(reply.body)
      res.writeHead(reply.status, {
        ...headers,
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(body),
      })
      res.end(body)
      return
    }
    case 'text':
      res.writeHead(reply.status, {
        ...headers,
        'content-type': reply.contentType,
        'content-length': Buffer.byteLength(reply.body),
      })
      res.end(reply.body)
      return
    case 'empty':
      res.writeHead(reply.status, headers)
      res.end()
      return
    case 'redirect':
      res.writeHead(302, {...headers, location: reply.location})
      res.end()
      return
    case 'file': {
      res.writeHead(200, {
        ...headers,
        'content-type': reply.contentType,
        'cache-control': reply.cacheControl,
      })
      const file = createReadStream(reply.path)
      file.on('data', (chunk) => res.write(chunk))
      file.on('end', () => res.end())
      file.on('error', () => res.end())
      return
    }
    case 'stream':
      res.writeHead(200, {
        ...headers,
        'content-type': reply.contentType,
        'cache-control': 'no-cache, no-transform',
        'x-accel-buffering': 'no',
      })
      reply.open(streamOver(res))
      return
  }
}
