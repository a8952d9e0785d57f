import {z} from 'zod'
import {badRequest} from '../errors.ts'
import {text} from '../server/reply.ts'
import type {LakeRequest} from '../server/request.ts'
import type {Route} from '../server/router.ts'
import {resolvePerspective} from './perspective.ts'
import type {QueryRunner} from './pool.ts'

const postBodySchema = z.object({
  query: z.string({error: '"query" must be a GROQ string'}),
  params: z.record(z.string(), z.unknown()).optional(),
  perspective: z.string().optional(),
})

/** `$name=<JSON>` URL parameters, as @sanity/client encodes them. */
function urlParams(query: URLSearchParams): Record<string, unknown> {
  const params: Record<string, unknown> = {}
  for (const [key, raw] of query) {
    if (!key.startsWith('$')) continue
    try {
      params[key.slice(1)] = JSON.parse(raw)
    } catch {
      throw badRequest(
        `Parameter ${key} is not valid JSON (${raw}): strings need quotes, e.g. ${key}="value"`,
      )
    }
  }
  return params
}

async function queryInput(request: LakeRequest) {
  if (request.method === 'POST') {
    const parsed = postBodySchema.safeParse(await request.json())
    if (!parsed.success)
      throw badRequest(
        `Query body must be {"query": "<GROQ>", "params"?: {…}}: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
      )
    return {
      query: parsed.data.query,
      params: {...urlParams(request.query), ...parsed.data.params},
      perspective: request.query.get('perspective') ?? parsed.data.perspective ?? null,
    }
  }
  const query = request.query.get('query')
  if (query === null) throw badRequest('Missing the "query" parameter: ?query=<GROQ>')
  return {query, params: urlParams(request.query), perspective: request.query.get('perspective')}
}

export function queryRoutes(deps: {queries: QueryRunner}): Route[] {
  return [
    {
      method: ['GET', 'POST'],
      path: '/data/query/:dataset',
      async handler(request) {
        const {query, params, perspective} = await queryInput(request)
        const outcome = await deps.queries.run(
          {
            query,
            params,
            perspective: resolvePerspective(perspective, request.apiVersion),
            grants: request.access.grants,
            identity: request.user?.id,
          },
          request.signal,
        )
        const echo = request.query.get('returnQuery') !== 'false'
        // The worker already serialised the result; splice it in rather than parse it again.
        const body =
          `{"result":${outcome.resultJson},"ms":${outcome.ms}` +
          `${echo ? `,"query":${JSON.stringify(query)}` : ''}}`
        return text(body, 'application/json; charset=utf-8')
      },
    },
  ]
}
