import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {gzipSync} from 'node:zlib'
import {afterEach, describe, expect, it} from 'vitest'
import {withResponseCache} from '../../../../web/src/server/cachingHandler.ts'
import {ResponseCache} from '../../../../web/src/server/responseCache.ts'

/** A stand-in for Next's handler: answers what `answer` says, counting its renders. */
interface Origin {
  renders: number
  answer: (request: IncomingMessage, response: ServerResponse) => Promise<void> | void
}

const servers: Server[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((done) => server.close(done))))
})

async function serve(origin: Origin) {
  const cache = new ResponseCache({maxBytes: 1024 * 1024})
  const {handler, purger} = withResponseCache((request, response) => {
    origin.renders += 1
    return origin.answer(request, response)
  }, cache)
  const server = createServer((request, response) => void handler(request, response))
  servers.push(server)
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening))
  const {port} = server.address() as AddressInfo
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const answer = await fetch(`http://127.0.0.1:${port}${path}`, {
      headers: {'accept-encoding': 'identity', ...headers},
    })
    return {answer, text: await answer.text()}
  }
  return {get, purger, cache}
}

const html =
  (body: string, status = 200) =>
  (_request: IncomingMessage, response: ServerResponse) => {
    response.statusCode = status
    response.setHeader('content-type', 'text/html')
    response.setHeader('cache-control', 'private, no-cache, no-store, max-age=0, must-revalidate')
    response.write(body.slice(0, 3))
    response.end(body.slice(3))
  }

describe('the response cache in front of Next', () => {
  it('renders a page once and serves the same bytes after, as public with an ETag', async () => {
    const origin: Origin = {renders: 0, answer: html('<p>approved</p>')}
    const {get} = await serve(origin)
    const first = await get('/articles/a')
    const second = await get('/articles/a')
    expect([first.text, second.text]).toEqual(['<p>approved</p>', '<p>approved</p>'])
    expect(origin.renders).toBe(1)
    expect(first.answer.headers.get('x-vetted-cache')).toBe('MISS')
    expect(second.answer.headers.get('x-vetted-cache')).toBe('HIT')
    expect(second.answer.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    expect(first.answer.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    const etag = second.answer.headers.get('etag') ?? ''
    expect(etag).toMatch(/^".+"$/)
    const revalidated = await get('/articles/a', {'if-none-match': etag})
    expect(revalidated.answer.status).toBe(304)
    expect(revalidated.text).toBe('')
  })

  it('renders a page many readers missed at once only once', async () => {
    const gate: {release?: () => void} = {}
    const rendering = new Promise<void>((resolve) => {
      gate.release = resolve
    })
    const origin: Origin = {
      renders: 0,
      answer: async (request, response) => {
        await rendering
        html('<p>one render</p>')(request, response)
      },
    }
    const {get} = await serve(origin)
    const readers = Array.from({length: 20}, () => get('/articles/a'))
    await new Promise((resolve) => setTimeout(resolve, 50))
    gate.release?.()
    const pages = await Promise.all(readers)
    expect(new Set(pages.map((page) => page.text))).toEqual(new Set(['<p>one render</p>']))
    expect(origin.renders).toBe(1)
  })

  it('shows the new state on the first request after a purge, even if an old render ends later', async () => {
    let content = 'old'
    const gate: {release?: () => void} = {}
    const origin: Origin = {
      renders: 0,
      answer: async (request, response) => {
        const seen = content
        if (origin.renders === 2) await new Promise<void>((resolve) => (gate.release = resolve))
        html(`<p>${seen}</p>`)(request, response)
      },
    }
    const {get, purger} = await serve(origin)
    expect((await get('/articles/a')).text).toBe('<p>old</p>')
    purger.purge()
    const slow = get('/articles/a') // a render that read the old content…
    await new Promise((resolve) => setTimeout(resolve, 50))
    content = 'new' // …then the content changed and the service purged
    purger.purge()
    expect((await get('/articles/a')).text).toBe('<p>new</p>')
    gate.release?.()
    expect((await slow).text).toBe('<p>old</p>')
    expect((await get('/articles/a')).text).toBe('<p>new</p>')
  })

  it('keeps gzip and identity copies apart, in the encoding each reader asked for', async () => {
    const origin: Origin = {
      renders: 0,
      answer: (request, response) => {
        response.setHeader('vary', 'Accept-Encoding')
        response.setHeader('content-type', 'text/html')
        if (String(request.headers['accept-encoding']).includes('gzip')) {
          response.setHeader('content-encoding', 'gzip')
          response.end(gzipSync('<p>zipped</p>'))
        } else response.end('<p>plain</p>')
      },
    }
    const {get} = await serve(origin)
    for (let round = 0; round < 2; round++) {
      expect((await get('/a', {'accept-encoding': 'gzip'})).text).toBe('<p>zipped</p>')
      expect((await get('/a')).text).toBe('<p>plain</p>')
    }
    expect(origin.renders).toBe(2)
  })

  it('never keeps or serves anything personal: cookies, tokens, set-cookie, the API', async () => {
    const origin: Origin = {
      renders: 0,
      answer: (request, response) => {
        if (request.url === '/sets-cookie') response.setHeader('set-cookie', 'session=1')
        response.end(`for ${request.headers.cookie ?? request.headers.authorization ?? 'anyone'}`)
      },
    }
    const {get} = await serve(origin)
    expect((await get('/a')).text).toBe('for anyone')
    expect((await get('/a', {cookie: 'preview=1'})).text).toBe('for preview=1')
    expect((await get('/a', {authorization: 'Bearer t'})).text).toBe('for Bearer t')
    await get('/sets-cookie')
    await get('/sets-cookie')
    await get('/api/status')
    await get('/api/status')
    expect(origin.renders).toBe(7)
    expect((await get('/a')).answer.headers.get('x-vetted-cache')).toBe('HIT')
  })

  it('keeps a 404, and forgets it when a publish purges', async () => {
    let published = false
    const origin: Origin = {
      renders: 0,
      answer: (request, response) =>
        published ? html('<p>live</p>')(request, response) : html('gone', 404)(request, response),
    }
    const {get, purger} = await serve(origin)
    expect((await get('/a')).answer.status).toBe(404)
    expect((await get('/a')).answer.headers.get('x-vetted-cache')).toBe('HIT')
    published = true
    purger.purge()
    expect((await get('/a')).text).toBe('<p>live</p>')
  })
})
