import {randomUUID} from 'node:crypto'
import {badRequest} from '../errors.ts'
import {listenerFilter} from '../query/documentFilter.ts'
import {QueryParseError} from '../query/parseQuery.ts'
import type {Reply} from '../server/reply.ts'
import type {LakeRequest} from '../server/request.ts'
import type {Route} from '../server/router.ts'
import {formatSse, type ListenerSpec} from './events.ts'
import type {ListenerHub} from './hub.ts'

function flag(query: URLSearchParams, name: string, fallback: boolean): boolean {
  const value = query.get(name)
  if (value === null || value === '') return fallback
  return value !== 'false' && value !== '0'
}

function listenParams(query: URLSearchParams): Record<string, unknown> {
  const params: Record<string, unknown> = {}
  for (const [key, raw] of query) {
    if (!key.startsWith('$')) continue
    try {
      params[key.slice(1)] = JSON.parse(raw)
    } catch {
      throw badRequest(`Parameter ${key} is not valid JSON (${raw}): strings need quotes`)
    }
  }
  return params
}

function listenerPerspective(value: string | null): ListenerSpec['perspective'] {
  if (value === null || value === '' || value === 'raw') return 'raw'
  if (value === 'drafts' || value === 'previewDrafts') return 'drafts'
  if (value === 'published') return 'published'
  throw badRequest(`Unsupported listener perspective "${value}": use raw, drafts or published`)
}

/** The listener answers every problem with its query as a `channelError` on the stream. */
function channelError(body: unknown): Reply {
  return {
    kind: 'stream',
    contentType: 'text/event-stream; charset=utf-8',
    open(stream) {
      stream.write(formatSse({event: 'channelError', data: body}))
      stream.end()
    },
  }
}

export function listenRoutes(deps: {hub: ListenerHub; keepaliveMs: number}): Route[] {
  function listen(request: LakeRequest): Reply {
    const {query: options} = request
    const query = options.get('query')
    if (!query) return channelError({message: 'Missing the "query" parameter: ?query=*[<filter>]'})
    let spec: ListenerSpec
    try {
      const params = listenParams(options)
      spec = {
        filter: listenerFilter(query, params),
        params,
        access: request.access,
        includeResult: flag(options, 'includeResult', true),
        includePreviousRevision: flag(options, 'includePreviousRevision', false),
        includeMutations: flag(options, 'includeMutations', true),
        includeEffects: options.get('effectFormat') === 'mendoza',
        includeAllVersions: flag(options, 'includeAllVersions', false),
        perspective: listenerPerspective(options.get('perspective')),
      }
    } catch (error) {
      if (error instanceof QueryParseError) return channelError(error.toBody())
      throw error
    }
    const lastEventId = flag(options, 'enableResume', false)
      ? (request.headers['last-event-id'] as string | undefined)
      : undefined

    return {
      kind: 'stream',
      contentType: 'text/event-stream; charset=utf-8',
      open(stream) {
        const close = deps.hub.open(
          {spec, send: (chunk) => stream.write(chunk)},
          randomUUID(),
          lastEventId,
        )
        const keepalive = setInterval(() => stream.write(': keepalive\n\n'), deps.keepaliveMs)
        stream.onClose(() => {
          clearInterval(keepalive)
          close()
        })
      },
    }
  }

  return [{method: 'GET', path: '/data/listen/:dataset', handler: listen}]
}
