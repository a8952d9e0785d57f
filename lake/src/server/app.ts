import type {IncomingHttpHeaders, OutgoingHttpHeaders} from 'node:http'
import {accessFor} from '../auth/access.ts'
import type {Authenticator} from '../auth/authenticator.ts'
import {LakeError} from '../errors.ts'
import {json, type Reply} from './reply.ts'
import {parseJsonBody, readBody, splitVersion, type LakeRequest, type RawBody} from './request.ts'
import {errorReply, writeReply, type Log, type RawResponse} from './respond.ts'
import type {createRouter} from './router.ts'

export interface RawRequest extends RawBody {
  method?: string
  url?: string
  headers: IncomingHttpHeaders
}

export interface AppOptions {
  projectId: string
  dataset: string
  auth: Authenticator
  router: ReturnType<typeof createRouter>
  /** Answers paths outside the API (the Studio under /studio), or null to fall through. */
  serveStatic?: (path: string) => Reply | null
  log: Log
}

const allowedHeaders =
  'authorization, content-type, x-sanity-app, x-sanity-project-id, last-event-id'

/** Browsers call from the Studio's origin with a token: echo the origin, allow credentials. */
function corsHeaders(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const origin = headers.origin
  if (!origin) return {}
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-allow-methods': 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers': headers['access-control-request-headers'] ?? allowedHeaders,
    'access-control-max-age': '600',
    vary: 'Origin',
  }
}

/** `local.localhost:4000` names project "local"; other hosts name it with X-Sanity-Project-ID. */
export function requestedProject(headers: IncomingHttpHeaders): string | undefined {
  const host = headers[':authority'] ?? headers.host
  const subdomain =
    typeof host === 'string' ? /^([a-z0-9-]+)\.localhost(?::\d+)?$/i.exec(host) : null
  if (subdomain?.[1] && subdomain[1] !== 'api') return subdomain[1]
  const header = headers['x-sanity-project-id']
  return typeof header === 'string' && header ? header : undefined
}

function hostOf(headers: IncomingHttpHeaders): string {
  const host = headers[':authority'] ?? headers.host
  return typeof host === 'string' && host ? host : 'localhost'
}

/** The management API's 404 for a project, which the Studio recognises by `attributes.type`. */
function projectNotFound(id: string, served: string): Reply {
  return json(
    {
      statusCode: 404,
      error: 'Not Found',
      message: `Project "${id}" not found: this local lake serves project "${served}"`,
      attributes: {type: 'project', id},
    },
    404,
  )
}

export function createApp(options: AppOptions, secure: boolean) {
  const {auth, router, log} = options

  async function dispatch(raw: RawRequest, signal: AbortSignal): Promise<Reply> {
    const method = (raw.method ?? 'GET').toUpperCase()
    const url = new URL(raw.url ?? '/', 'http://lake.invalid')
    const staticReply = options.serveStatic?.(url.pathname)
    if (staticReply) return staticReply

    const project = requestedProject(raw.headers)
    if (project && project !== options.projectId) return projectNotFound(project, options.projectId)

    const {path, apiVersion} = splitVersion(url.pathname)
    const {route, params} = router.match(method === 'HEAD' ? 'GET' : method, path)
    if (params.projectId !== undefined && params.projectId !== options.projectId)
      return projectNotFound(params.projectId, options.projectId)
    if (params.dataset !== undefined && params.dataset !== options.dataset)
      throw new LakeError({
        status: 404,
        type: 'httpNotFound',
        description: `Dataset "${params.dataset}" not found for project ID "${options.projectId}"`,
      })

    const user = auth.userFromHeader(raw.headers.authorization)
    let body: Promise<Buffer> | undefined
    const request: LakeRequest = {
      method,
      path,
      apiVersion,
      query: url.searchParams,
      headers: raw.headers,
      origin: `${secure ? 'https' : 'http'}://${hostOf(raw.headers)}`,
      user,
      access: accessFor(user),
      signal,
      body: () => (body ??= readBody(raw, raw.headers['content-length'])),
      json: async () => parseJsonBody(await request.body()),
    }
    return route.handler(request, params)
  }

  return function handle(raw: RawRequest, res: RawResponse): void {
    const cors = corsHeaders(raw.headers)
    if ((raw.method ?? '').toUpperCase() === 'OPTIONS') {
      raw.resume()
      writeReply(res, {kind: 'empty', status: 204}, cors)
      return
    }
    const aborter = new AbortController()
    res.on('close', () => aborter.abort())
    dispatch(raw, aborter.signal)
      .catch((error: unknown) => errorReply(error, log))
      .then((reply) => {
        if (reply.kind !== 'stream') raw.resume()
        writeReply(res, reply, cors)
      })
      .catch((error: unknown) => log(`could not answer ${raw.url}: ${String(error)}`))
  }
}
