import {z} from 'zod'
import {unauthorized} from '../auth/authenticator.ts'
import {badRequest} from '../errors.ts'
import {json} from '../server/reply.ts'
import type {LakeRequest} from '../server/request.ts'
import type {Route} from '../server/router.ts'
import type {CommittedTransaction, SanityDocument, Store} from '../store/types.ts'

const transactionId = z.string().min(1).max(200).optional()

const mutateBody = z.object({
  mutations: z.array(z.unknown(), {error: '"mutations" must be an array of mutations'}),
  transactionId,
})

const actionsBody = z.object({
  actions: z.array(z.unknown(), {error: '"actions" must be an array of actions'}),
  transactionId,
  dryRun: z.boolean().optional(),
  skipCrossDatasetReferenceValidation: z.boolean().optional(),
})

async function parseBody<T>(request: LakeRequest, schema: z.ZodType<T>, shape: string): Promise<T> {
  const parsed = schema.safeParse(await request.json())
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  throw badRequest(`Request body must be ${shape}: ${issue?.message ?? 'invalid'}`)
}

function author(request: LakeRequest): string {
  if (!request.user)
    throw unauthorized('Writing needs a token: send "Authorization: Bearer <token>"')
  return request.user.id
}

function flag(query: URLSearchParams, name: string): boolean {
  const value = query.get(name)
  return value !== null && value !== 'false' && value !== '0'
}

/** Each result's document as it stands after the transaction (absent when it was deleted). */
function documentsAfter(transaction: CommittedTransaction, store: Store) {
  const after = new Map<string, SanityDocument | null>()
  for (const change of transaction.changes) after.set(change.id, change.after)
  return (id: string) => (after.has(id) ? after.get(id) : store.getDocument(id))
}

export function writeRoutes(store: Store): Route[] {
  return [
    {
      method: 'POST',
      path: '/data/mutate/:dataset',
      async handler(request) {
        const body = await parseBody(request, mutateBody, '{"mutations": [...]}')
        const transaction = store.mutate({
          mutations: body.mutations,
          transactionId: body.transactionId,
          author: author(request),
          authorize: request.access.authorize,
          dryRun: flag(request.query, 'dryRun'),
        })
        const returnDocuments = flag(request.query, 'returnDocuments')
        const documentOf = documentsAfter(transaction, store)
        const results = transaction.results.map(({id, operation}) => {
          const document = returnDocuments ? documentOf(id) : undefined
          return document ? {id, operation, document} : {id, operation}
        })
        return json({transactionId: transaction.id, results})
      },
    },
    {
      method: 'POST',
      path: '/data/actions/:dataset',
      async handler(request) {
        const body = await parseBody(request, actionsBody, '{"actions": [...]}')
        const transaction = store.applyActions({
          actions: body.actions,
          transactionId: body.transactionId,
          author: author(request),
          authorize: request.access.authorize,
          dryRun: body.dryRun ?? flag(request.query, 'dryRun'),
        })
        return json({transactionId: transaction.id})
      },
    },
  ]
}
