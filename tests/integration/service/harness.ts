import {createServer, type IncomingMessage, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {generateSigningKeyPair, type SigningKeyPair} from '@vetted/schemas/review'
import {startTestLake, type TestLake} from '../../helpers/lake.ts'
import type {ServiceConfig} from '../../../web/src/review/service/config.ts'
import {
  createReviewService,
  reviewRoutes,
  type ReviewRoute,
} from '../../../web/src/review/service/service.ts'

export const studioOrigin = 'https://localhost:4000'

/** Serves the service's `handle` over real HTTP, as Next.js route handlers would. */
function listen(
  handle: (request: Request) => Promise<Response>,
): Promise<{url: string; close(): Promise<void>}> {
  const server = createServer((incoming: IncomingMessage, outgoing: ServerResponse) => {
    const chunks: Buffer[] = []
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
    incoming.on('end', () => {
      const headers = new Headers()
      for (const [name, value] of Object.entries(incoming.headers)) {
        if (typeof value === 'string') headers.set(name, value)
      }
      const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined
      const request = new Request(`http://127.0.0.1${incoming.url ?? '/'}`, {
        method: incoming.method,
        headers,
        body: incoming.method === 'GET' || incoming.method === 'HEAD' ? undefined : body,
      })
      void handle(request).then(async (response) => {
        outgoing.writeHead(response.status, Object.fromEntries(response.headers))
        outgoing.end(Buffer.from(await response.arrayBuffer()))
      })
    })
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as AddressInfo
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      })
    })
  })
}

export interface ServiceAnswer {
  status: number
  body: Record<string, unknown>
  headers: Headers
}

export interface ServiceHarness {
  lake: TestLake
  /** Where `/api/review/*` answers. */
  serviceUrl: string
  keys: SigningKeyPair
  keyId: string
  /** Types whose site cache the service expired, in order. */
  revalidated: string[]
  /** Moves the service's clock (expiry tests); `undefined` goes back to real time. */
  setNow(now: Date | undefined): void
  /** Calls `/api/review/<route>` over HTTP as a demo user (or with no token). */
  call(route: string, userId: string | null, body?: unknown): Promise<ServiceAnswer>
  status(documentId: string, userId: string): Promise<ServiceAnswer>
  stop(): Promise<void>
}

/** A fresh lake and the review service in front of it, each on a free port. */
export async function startServiceHarness(): Promise<ServiceHarness> {
  const lake = await startTestLake()
  try {
    return await serveReviewService(lake)
  } catch (error) {
    await lake.stop()
    throw error
  }
}

async function serveReviewService(lake: TestLake): Promise<ServiceHarness> {
  const keys = await generateSigningKeyPair()
  const keyId = 'integration-key'
  const config: ServiceConfig = {
    projectId: 'local',
    dataset: 'production',
    apiHost: lake.httpUrl,
    publisherToken: lake.token('rPublisher'),
    signingKeyId: keyId,
    signingKeyPem: keys.privateKeyPem,
    publicKeys: {[keyId]: keys.publicKeyPem},
    allowedOrigins: [studioOrigin],
  }
  const revalidated: string[] = []
  let now: Date | undefined
  const service = createReviewService({
    config,
    revalidate: (type) => revalidated.push(type),
    previewUrl: async (documentId) => `http://site.test/api/draft-mode/enable?doc=${documentId}`,
    now: () => now ?? new Date(),
  })
  const routes = new Set<string>(reviewRoutes)
  const server = await listen(async (request) => {
    const route = new URL(request.url).pathname.replace(/^\/api\/review\//, '')
    if (!routes.has(route)) return new Response('not found', {status: 404})
    return service.handle(route as ReviewRoute, request)
  })

  const call: ServiceHarness['call'] = async (route, userId, body) => {
    const headers: Record<string, string> = {origin: studioOrigin}
    if (userId) headers.authorization = `Bearer ${lake.token(userId)}`
    if (body !== undefined) headers['content-type'] = 'application/json'
    const response = await fetch(`${server.url}/api/review/${route}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return {
      status: response.status,
      body: (await response.json()) as Record<string, unknown>,
      headers: response.headers,
    }
  }

  return {
    lake,
    serviceUrl: server.url,
    keys,
    keyId,
    revalidated,
    setNow: (value) => {
      now = value
    },
    call,
    status: (documentId, userId) =>
      call(`status?documentId=${encodeURIComponent(documentId)}`, userId),
    async stop() {
      await server.close()
      await lake.stop()
    },
  }
}
