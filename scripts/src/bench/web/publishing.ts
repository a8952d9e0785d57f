import {BenchError} from '../waitFor.ts'

interface Service {
  siteUrl: string
  token(userId: string): string
}

async function call(service: Service, route: string, userId: string, body?: unknown) {
  const response = await fetch(`${service.siteUrl}/api/review/${route}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      authorization: `Bearer ${service.token(userId)}`,
      ...(body === undefined ? {} : {'content-type': 'application/json'}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const answer = (await response.json()) as Record<string, unknown>
  if (!response.ok) {
    throw new BenchError(
      `${route} as ${userId} answered ${response.status}: ${JSON.stringify(answer)}`,
    )
  }
  return answer
}

const checklist = {
  claimsChecked: true,
  citationsVerified: true,
  dosagesChecked: true,
  noPromotionalContent: true,
}

/**
 * Clinical content through the service, as the Studio drives it: review requested by the
 * editor, signed off by a reviewer, published. Returns when the publish call answered.
 */
export async function reviewAndPublish(service: Service, id: string): Promise<void> {
  await call(service, 'request-review', 'pMayaOkafor', {documentId: id})
  const status = await call(service, `status?documentId=${encodeURIComponent(id)}`, 'pDanielReyes')
  const fingerprint = (status.current as {fingerprint?: string} | undefined)?.fingerprint
  if (!fingerprint) throw new BenchError(`no fingerprint for ${id} in ${JSON.stringify(status)}`)
  await call(service, 'sign-off', 'pDanielReyes', {
    documentId: id,
    fingerprint,
    decision: 'approved',
    checklist,
    conflictOfInterest: {declared: false},
    notes: 'Benchmark sign-off',
  })
  await call(service, 'publish', 'pMayaOkafor', {documentId: id})
}

/** Milliseconds from the start of `publish` until `url` answers 200 (polling every 10 ms). */
export async function publishToVisible(url: string, publish: () => Promise<void>): Promise<number> {
  const started = performance.now()
  await publish()
  const deadline = started + 30_000
  while (performance.now() < deadline) {
    if ((await fetch(url)).status === 200) return performance.now() - started
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new BenchError(`${url} was not visible 30 s after publishing`)
}
