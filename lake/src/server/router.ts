import {LakeError} from '../errors.ts'
import type {Reply} from './reply.ts'
import type {LakeRequest} from './request.ts'

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface Route {
  method: Method | Method[]
  /** `/data/query/:dataset`; a final `*` matches the rest of the path (as params.rest). */
  path: string
  handler: (request: LakeRequest, params: Record<string, string>) => Reply | Promise<Reply>
}

interface CompiledRoute {
  route: Route
  methods: Method[]
  pattern: RegExp
  names: string[]
}

function compile(route: Route): CompiledRoute {
  const names: string[] = []
  const source = route.path
    .split('/')
    .map((segment) => {
      if (segment === '*') {
        names.push('rest')
        return '(.*)'
      }
      if (segment.startsWith(':')) {
        names.push(segment.slice(1))
        return '([^/]+)'
      }
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    })
    .join('/')
  const methods = Array.isArray(route.method) ? route.method : [route.method]
  return {route, methods, pattern: new RegExp(`^${source}/?$`), names}
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    throw new LakeError({
      status: 400,
      type: 'httpBadRequest',
      description: `Malformed percent-encoding in the path segment "${segment}"`,
    })
  }
}

export interface RouteMatch {
  route: Route
  params: Record<string, string>
}

export function createRouter(routes: Route[]) {
  const compiled = routes.map(compile)
  return {
    /** The matching route; 404 when no route has the path, 405 when none has the method. */
    match(method: string, path: string): RouteMatch {
      let pathKnown = false
      for (const entry of compiled) {
        const found = entry.pattern.exec(path)
        if (!found) continue
        pathKnown = true
        if (!entry.methods.includes(method as Method)) continue
        const params: Record<string, string> = {}
        entry.names.forEach((name, index) => {
          params[name] = decode(found[index + 1] ?? '')
        })
        return {route: entry.route, params}
      }
      if (pathKnown)
        throw new LakeError({
          status: 405,
          type: 'httpMethodNotAllowed',
          description: `${method} is not allowed on ${path}`,
        })
      throw new LakeError({
        status: 404,
        type: 'httpNotFound',
        description: `No endpoint at ${path}: this local lake serves the Content Lake API under /v<date>/…`,
      })
    },
  }
}
