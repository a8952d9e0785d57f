import {z} from 'zod'
import {unauthorized} from '../auth/authenticator.ts'
import {badRequest} from '../errors.ts'
import {json} from '../server/reply.ts'
import type {LakeRequest} from '../server/request.ts'
import type {Route} from '../server/router.ts'
import type {KeyValueStore} from './keyValueStore.ts'

const pairsSchema = z.array(z.object({key: z.string().min(1).max(200), value: z.unknown()}))

function userId(request: LakeRequest): string {
  if (!request.user) throw unauthorized('Not signed in: send "Authorization: Bearer <token>"')
  return request.user.id
}

export function keyValueRoutes(store: KeyValueStore): Route[] {
  return [
    {
      method: 'GET',
      path: '/users/me/keyvalue/:keys',
      handler: (request, params) =>
        json(store.get(userId(request), (params.keys ?? '').split(',').filter(Boolean))),
    },
    {
      method: ['PUT', 'POST'],
      path: '/users/me/keyvalue',
      async handler(request) {
        const id = userId(request)
        const parsed = pairsSchema.safeParse(await request.json())
        if (!parsed.success) throw badRequest('Body must be [{"key": "<name>", "value": <JSON>}]')
        return json(store.set(id, parsed.data))
      },
    },
  ]
}
