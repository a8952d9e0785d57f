import type {IncomingHttpHeaders} from 'node:http'
import type {Access} from '../auth/access.ts'
import type {LakeUser} from '../auth/users.ts'
import {badRequest, LakeError} from '../errors.ts'

/** Larger than Sanity's 32 MB document limit, so an oversized document meets the store's check. */
export const maxRequestBytes = 48 * 1024 * 1024

export interface LakeRequest {
  method: string
  /** The path without the `/v<version>` prefix and without the query string. */
  path: string
  /** `2025-02-19`, `1`, … or null when the path carried no version. */
  apiVersion: string | null
  query: URLSearchParams
  headers: IncomingHttpHeaders
  /** `https://local.localhost:4000`: this server as the caller addressed it. */
  origin: string
  user: LakeUser | null
  access: Access
  /** Aborted when the client disconnects. */
  signal: AbortSignal
  body(): Promise<Buffer>
  /** The body parsed as JSON; 400 with the parser's reason when it is not JSON. */
  json(): Promise<unknown>
}

/** The readable side of an HTTP/1.1 or HTTP/2 compatibility request. */
export interface RawBody {
  on(event: 'data', listener: (chunk: Buffer) => void): unknown
  on(event: 'end' | 'close', listener: () => void): unknown
  on(event: 'error', listener: (error: Error) => void): unknown
  resume(): unknown
}

export const tooLarge = () =>
  new LakeError({
    status: 413,
    type: 'requestEntityTooLargeError',
    description: `Request body is larger than ${maxRequestBytes / 1024 / 1024} MB; split the work into several requests`,
  })

export function readBody(raw: RawBody, declaredLength: string | undefined): Promise<Buffer> {
  if (declaredLength && Number(declaredLength) > maxRequestBytes) {
    raw.resume()
    return Promise.reject(tooLarge())
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let failed = false
    raw.on('data', (chunk) => {
      if (failed) return
      size += chunk.length
      if (size > maxRequestBytes) {
        failed = true
        reject(tooLarge())
        return
      }
      chunks.push(chunk)
    })
    raw.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks))
    })
    raw.on('error', (error) => {
      if (!failed) reject(error)
      failed = true
    })
  })
}

// JavaScript objects treat a "__proto__" member as their prototype: copying one through the
// store's code would drop it without a word. Refusing it loses nothing.
class ProtoMemberError extends Error {}

function refuseProtoMember(key: string, value: unknown): unknown {
  if (key === '__proto__') throw new ProtoMemberError()
  return value
}

export function parseJsonBody(body: Buffer): unknown {
  if (body.length === 0) throw badRequest('Request body is empty: send a JSON document')
  try {
    return JSON.parse(body.toString('utf8'), refuseProtoMember)
  } catch (error) {
    if (error instanceof ProtoMemberError) {
      throw badRequest(
        'Request body has a member named "__proto__", which this store cannot keep: rename that field. Nothing was written.',
      )
    }
    const reason = error instanceof Error ? error.message : 'invalid JSON'
    throw badRequest(`Request body is not valid JSON: ${reason}`)
  }
}

const versionPrefix = /^\/v([^/]+)(?=\/|$)/

/** Splits `/v2025-02-19/data/query/production` into the version and the route path. */
export function splitVersion(pathname: string): {path: string; apiVersion: string | null} {
  const match = versionPrefix.exec(pathname)
  if (!match) return {path: pathname || '/', apiVersion: null}
  return {path: pathname.slice(match[0].length) || '/', apiVersion: match[1] ?? null}
}
