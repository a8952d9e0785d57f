import {evaluate} from 'groq-js'
import {expressionFilter, parseExpression} from '../query/documentFilter.ts'
import type {CommittedTransaction, DocumentChange, Store} from '../store/types.ts'
import type {Operation, WebhookConfig} from './config.ts'
import {deliver, type RetryPolicy} from './delivery.ts'

export interface WebhookDispatcher {
  /** Resolves when every delivery started so far has succeeded or given up (tests, shutdown). */
  idle(): Promise<void>
  close(): Promise<void>
}

const operationOf = (change: DocumentChange): Operation =>
  !change.before ? 'create' : !change.after ? 'delete' : 'update'

async function payload(hook: WebhookConfig, change: DocumentChange): Promise<string> {
  const doc = change.after ?? change.before
  if (!hook.projection) return JSON.stringify(doc)
  const value = await evaluate(parseExpression(hook.projection), {
    root: doc,
    before: change.before,
    after: change.after,
  })
  return JSON.stringify((await value.get()) ?? null)
}

/**
 * GROQ-powered webhooks: after each commit, every configured hook whose operations and filter
 * match a changed document receives its projection, with Sanity's headers and signature.
 */
export function startWebhooks(
  store: Store,
  hooks: WebhookConfig[],
  context: {projectId: string; dataset: string; retry: RetryPolicy; log: (line: string) => void},
): WebhookDispatcher {
  const aborter = new AbortController()
  const inFlight = new Set<Promise<unknown>>()

  async function consider(
    hook: WebhookConfig,
    transaction: CommittedTransaction,
    change: DocumentChange,
  ) {
    const operation = operationOf(change)
    if (!hook.on.includes(operation)) return
    if (change.id.startsWith('versions.')) return
    if (change.id.startsWith('drafts.') && !hook.includeDrafts) return
    const doc = change.after ?? change.before
    if (hook.filter) {
      const delta = {before: change.before, after: change.after}
      if (!(await expressionFilter(hook.filter).matches(doc, delta))) return
    }
    await deliver(
      {
        webhook: hook.name,
        url: hook.url,
        body: await payload(hook, change),
        secret: hook.secret,
        headers: {
          ...hook.headers,
          'content-type': 'application/json',
          'sanity-project-id': context.projectId,
          'sanity-dataset': context.dataset,
          'sanity-webhook-id': hook.name,
          'sanity-transaction-id': transaction.id,
          'sanity-transaction-time': transaction.timestamp,
          'sanity-document-id': change.id,
          'sanity-operation': operation,
          'idempotency-key': `${hook.name}:${transaction.id}:${change.id}`,
        },
      },
      context.retry,
      aborter.signal,
      context.log,
    )
  }

  const unsubscribe = store.onCommit((transaction) => {
    for (const hook of hooks) {
      for (const change of transaction.changes) {
        const job = consider(hook, transaction, change).catch((error: unknown) =>
          context.log(
            `webhook "${hook.name}" failed: ${error instanceof Error ? error.message : String(error)}`,
          ),
        )
        inFlight.add(job)
        void job.finally(() => inFlight.delete(job))
      }
    }
  })

  return {
    async idle() {
      while (inFlight.size > 0) await Promise.all(inFlight)
    },
    async close() {
      unsubscribe()
      aborter.abort()
      await Promise.all(inFlight)
    },
  }
}
