import {describe, expect, it} from 'vitest'
import {ResponseCache, type CachedResponse} from '../../../../web/src/server/responseCache.ts'

const response = (text: string): CachedResponse => ({
  status: 200,
  headers: {'content-type': 'text/html'},
  body: Buffer.from(text),
})

const minute = 60_000

const big = (name: string) => ({...response(name), body: Buffer.alloc(1_000, name)})

describe('the response cache', () => {
  it('keeps what a render produced and hands it to readers who waited for it', async () => {
    const cache = new ResponseCache({maxBytes: 1024 * 1024})
    const render = cache.begin('identity /a')
    const waiting = cache.waitFor('identity /a')
    render.finish(response('page A'), minute)
    expect((await waiting)?.body.toString()).toBe('page A')
    expect(cache.get('identity /a')?.body.toString()).toBe('page A')
    expect(cache.waitFor('identity /a')).toBeUndefined()
  })

  it('forgets everything on a purge, and drops a render that began before it', async () => {
    const cache = new ResponseCache({maxBytes: 1024 * 1024})
    cache.begin('identity /kept').finish(response('before'), minute)
    const render = cache.begin('identity /a')
    const waiting = cache.waitFor('identity /a')
    cache.purge()
    expect(cache.get('identity /kept')).toBeUndefined()
    expect(cache.waitFor('identity /a')).toBeUndefined()
    render.finish(response('rendered from the old content'), minute)
    expect(await waiting).toBeUndefined()
    expect(cache.get('identity /a')).toBeUndefined()
  })

  it('lets a render that began after the purge finish, even if an older one ends later', () => {
    const cache = new ResponseCache({maxBytes: 1024 * 1024})
    const old = cache.begin('identity /a')
    cache.purge()
    const fresh = cache.begin('identity /a')
    fresh.finish(response('new content'), minute)
    old.finish(response('old content'), minute)
    expect(cache.get('identity /a')?.body.toString()).toBe('new content')
  })

  it('keeps nothing a render could not keep, and tells the waiting readers so', async () => {
    const cache = new ResponseCache({maxBytes: 1024 * 1024})
    const render = cache.begin('identity /a')
    const waiting = cache.waitFor('identity /a')
    render.finish(undefined, 0)
    expect(await waiting).toBeUndefined()
    expect(cache.get('identity /a')).toBeUndefined()
  })

  it('stays within its byte bound, dropping the least recently read first', () => {
    const cache = new ResponseCache({maxBytes: 2_500})
    cache.begin('a').finish(big('a'), minute)
    cache.begin('b').finish(big('b'), minute)
    cache.get('a')
    cache.begin('c').finish(big('c'), minute)
    expect(cache.get('b')).toBeUndefined()
    expect(cache.get('a')).toBeDefined()
    expect(cache.get('c')).toBeDefined()
    expect(cache.stats().bytes).toBeLessThanOrEqual(2_500)
  })
})
