import {SIGNATURE_HEADER_NAME} from '@sanity/webhook'
import {env} from '../../../env.ts'
import {revalidateForType} from '../../../sanity/revalidate.ts'
import {RecentKeys, verifyWebhook} from '../../../sanity/webhook.ts'

/** Per server process; Sanity retries within minutes, well inside the keys' lifetime. */
const recentKeys = new RecentKeys()

/** The Content Lake's publish webhook: expires the cached reads of the type that changed. */
export async function POST(request: Request) {
  const verdict = await verifyWebhook({
    body: await request.text(),
    signature: request.headers.get(SIGNATURE_HEADER_NAME),
    idempotencyKey: request.headers.get('idempotency-key'),
    secret: env.SANITY_WEBHOOK_SECRET,
    now: Date.now(),
    recentKeys,
  })
  if (!verdict.ok) return Response.json({error: verdict.message}, {status: verdict.status})
  if (verdict.duplicate) return Response.json({duplicate: true, revalidated: []})
  const revalidated = revalidateForType(verdict.payload._type)
  return Response.json({duplicate: false, revalidated})
}
