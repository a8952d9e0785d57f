import type {BrowserContext, Page, Request, WebSocket} from 'playwright-core'
import {redactor, truncate} from './redact.ts'

/** One API request the Studio made, as the fixture records it (tokens and sids redacted). */
export interface RecordedRequest {
  /** Milliseconds since the recording started, when the browser sent the request. */
  at: number
  method: string
  /** Set when the request went to another of the lake's host names (`local.localhost:<port>`). */
  host?: string
  /** `2.0` or `1.1`, from Chromium's `Network.responseReceived` (absent when no response). */
  httpVersion?: string
  path: string
  /** The query string, decoded; a name that repeats becomes a list. */
  query: Record<string, string | string[]>
  /** What Chromium calls it: fetch, xhr, eventsource, document, websocket… */
  resourceType: string
  /** `Bearer <token>` when the request carried an Authorization header. */
  auth?: string
  /** The `x-sanity-app` header, naming the Studio version. */
  sanityApp?: string
  body?: string
  bodyLength?: number
  status?: number
  contentType?: string
  location?: string
  /** Time to the last byte of the response, as Chromium measured it. */
  ms?: number
  response?: string
  responseLength?: number
  failure?: string
  /** WebSocket frames (the first few each way), for `resourceType: "websocket"`. */
  frames?: Array<{sent: boolean; data: string}>
}

const frameLimit = 12

/** The Studio's own files: its bundle under /studio and the favicon it links from /static. */
const asset = (url: URL) => /^\/(studio|static)(\/|$)/.test(url.pathname)

const httpVersionOf = (protocol: string | undefined) =>
  protocol === 'h2' ? '2.0' : protocol === 'h3' ? '3.0' : protocol?.replace(/^http\//, '')

function decodeQuery(search: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {}
  for (const [name, value] of search) {
    const previous = query[name]
    query[name] =
      previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value]
  }
  return query
}

/**
 * Taps a browser context: every request to `origin` outside `/studio` (the Studio's own files),
 * in the order the browser sent them, with its response. Event streams are recorded without a
 * body (Chromium gives none until they close); a Node tap records those (see listenTap.ts).
 */
export async function captureTraffic(
  context: BrowserContext,
  page: Page,
  options: {origin: string; secrets: readonly string[]; started: number},
) {
  const redact = redactor(options.secrets)
  const entries = new Map<Request, RecordedRequest>()
  const pending = new Set<Promise<void>>()
  const others: string[] = []
  const protocols = new Map<string, string>()
  const listens: Array<{url: string; query: string}> = []

  const cdp = await context.newCDPSession(page)
  cdp.on('Network.responseReceived', (event) => {
    protocols.set(event.response.url, event.response.protocol ?? '')
  })
  cdp.on('Network.requestWillBeSent', (event) => {
    const redirect = event.redirectResponse
    if (redirect) protocols.set(redirect.url, redirect.protocol ?? '')
  })
  await cdp.send('Network.enable')

  const track = (work: Promise<void>) => {
    const settled = work.catch(() => undefined).finally(() => pending.delete(settled))
    pending.add(settled)
  }
  // The Studio also calls the project's own host name, `local.localhost:<port>`: the lake too.
  const lake = new URL(options.origin)
  const lakeHost = (url: URL) =>
    url.protocol === lake.protocol &&
    url.port === lake.port &&
    (url.hostname === lake.hostname || url.hostname.endsWith(`.${lake.hostname}`))
  const ours = (url: URL) => lakeHost(url) && !asset(url)
  const urls = new Map<RecordedRequest, string>()

  context.on('request', (request) => {
    const url = new URL(request.url())
    if (!ours(url)) {
      if (!lakeHost(url) && url.protocol !== 'data:')
        others.push(`${request.method()} ${url.origin}${url.pathname}`)
      return
    }
    const entry: RecordedRequest = {
      at: Date.now() - options.started,
      method: request.method(),
      path: redact(url.pathname),
      query: JSON.parse(redact(JSON.stringify(decodeQuery(url.searchParams)))),
      resourceType: request.resourceType(),
    }
    if (url.host !== lake.host) entry.host = url.host.replace(`:${lake.port}`, ':<port>')
    const posted = request.postData()
    if (posted) {
      const body = truncate(redact(posted))
      entry.body = body.text
      if (body.length) entry.bodyLength = body.length
    }
    entries.set(request, entry)
    urls.set(entry, request.url())
    if (url.pathname.includes('/data/listen/'))
      listens.push({url: url.pathname + url.search, query: url.searchParams.get('query') ?? ''})
    track(
      request.allHeaders().then((headers) => {
        if (headers.authorization) entry.auth = redact(headers.authorization)
        if (headers['x-sanity-app']) entry.sanityApp = headers['x-sanity-app']
      }),
    )
  })

  context.on('response', (response) => {
    const entry = entries.get(response.request())
    if (!entry) return
    entry.status = response.status()
    const headers = response.headers()
    if (headers['content-type']) entry.contentType = headers['content-type']
    if (headers.location) entry.location = redact(headers.location)
    const version = httpVersionOf(protocols.get(response.url()))
    if (version) entry.httpVersion = version
  })

  context.on('requestfinished', (request) => {
    const entry = entries.get(request)
    if (!entry) return
    const timing = request.timing()
    if (timing.responseEnd >= 0) entry.ms = Math.round(timing.responseEnd)
    if (entry.contentType?.includes('text/event-stream')) return
    track(
      (async () => {
        const response = await request.response()
        if (!response) return
        const version = httpVersionOf(protocols.get(response.url()))
        if (version) entry.httpVersion = version
        const body = truncate(redact((await response.body()).toString('utf8')))
        entry.response = body.text
        if (body.length) entry.responseLength = body.length
      })(),
    )
  })

  context.on('requestfailed', (request) => {
    const entry = entries.get(request)
    if (entry) entry.failure = request.failure()?.errorText ?? 'failed'
  })

  page.on('websocket', (socket: WebSocket) => {
    const url = new URL(socket.url())
    const entry: RecordedRequest = {
      at: Date.now() - options.started,
      method: 'WS',
      path: url.pathname,
      query: JSON.parse(redact(JSON.stringify(decodeQuery(url.searchParams)))),
      resourceType: 'websocket',
      frames: [],
    }
    const frame = (sent: boolean) => (data: {payload: string | Buffer}) => {
      if ((entry.frames?.length ?? 0) >= frameLimit) return
      entry.frames?.push({sent, data: truncate(redact(String(data.payload)), 400).text})
    }
    socket.on('framesent', frame(true))
    socket.on('framereceived', frame(false))
    socket.on('socketerror', (error) => (entry.failure = error))
    entries.set(socket as unknown as Request, entry)
  })

  return {
    /** The requests so far, in the order they were sent. */
    entries: () =>
      [...entries.values()]
        .map((entry) => {
          // An event stream's response can be reported before Chromium names its protocol.
          const version = httpVersionOf(protocols.get(urls.get(entry) ?? ''))
          return entry.httpVersion || !version || entry.status === undefined
            ? entry
            : {...entry, httpVersion: version}
        })
        .sort((a, b) => a.at - b.at),
    /** The listeners the Studio opened (origin-relative URLs, unredacted), oldest first. */
    listens: () => [...listens],
    /** Requests the Studio sent to somewhere other than the lake (e.g. the review service). */
    others: () => others,
    /** Waits for the response bodies still being read. */
    async settle() {
      while (pending.size > 0) await Promise.all(pending)
      await cdp.detach().catch(() => undefined)
    },
  }
}
