/**
 * The site in production: Next's request handler behind the response cache (`npm start` in
 * web/, the demo's `--web start`, the e2e site tests and `bench:web` all run this file).
 *
 *   node server.ts --port 3000 [--hostname 0.0.0.0]
 *   RESPONSE_CACHE_MB=64   upper bound on cached responses (0 turns the cache off)
 */
import {createServer} from 'node:http'
import {parseArgs} from 'node:util'
import {z} from 'zod'
import {withResponseCache, type RequestHandler} from './src/server/cachingHandler.ts'
import {installPurger} from './src/server/purge.ts'
import {ResponseCache} from './src/server/responseCache.ts'

const options = z
  .object({
    port: z.coerce.number().int().min(1).max(65535).default(3000),
    hostname: z.string().min(1).default('localhost'),
    cacheMegabytes: z.coerce.number().min(0).max(4096).default(64),
  })
  .safeParse({
    ...parseArgs({options: {port: {type: 'string'}, hostname: {type: 'string'}}}).values,
    cacheMegabytes: process.env.RESPONSE_CACHE_MB,
  })
if (!options.success) {
  console.error(
    `Cannot start the site: ${z.prettifyError(options.error)}\n` +
      'Usage: node server.ts --port 3000 [--hostname localhost], RESPONSE_CACHE_MB=64',
  )
  process.exit(2)
}
const {port, hostname, cacheMegabytes} = options.data

// Next and React pick their production builds from NODE_ENV when they load.
if (process.env.NODE_ENV === undefined) Object.assign(process.env, {NODE_ENV: 'production'})
const {default: next} = await import('next')
const app = next({dev: false, dir: import.meta.dirname, hostname, port})
await app.prepare()
const nextHandler = app.getRequestHandler()
const handle: RequestHandler = (request, response) => nextHandler(request, response)

let handler = handle
if (cacheMegabytes > 0) {
  const cache = new ResponseCache({maxBytes: cacheMegabytes * 1024 * 1024})
  const cached = withResponseCache(handle, cache)
  installPurger(cached.purger)
  handler = cached.handler
}

const server = createServer((request, response) => {
  Promise.resolve(handler(request, response)).catch((error: unknown) => {
    console.error(error)
    if (!response.headersSent) response.writeHead(500)
    response.end()
  })
})
server.keepAliveTimeout = 65_000
server.listen(port, hostname, () => {
  const cacheNote =
    cacheMegabytes > 0 ? `response cache up to ${cacheMegabytes} MB` : 'no response cache'
  console.log(`Vetted site on http://${hostname}:${port} (${cacheNote})`)
})
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.close()
    server.closeAllConnections()
    void app.close().finally(() => process.exit(0))
  })
}
