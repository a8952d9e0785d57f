import {describe, expect, it} from 'vitest'
import {cacheKeyFor, encodingFor, mayKeep} from '../../../../web/src/server/cacheRules.ts'

const page = (headers: Record<string, string> = {}, url = '/articles/a') => ({
  method: 'GET',
  url,
  headers,
})

const nextVary =
  'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding'

describe('which requests the response cache answers', () => {
  it('answers a reader’s page request, one copy per body encoding', () => {
    expect(cacheKeyFor(page())).toBe('identity /articles/a')
    expect(cacheKeyFor(page({'accept-encoding': 'gzip, deflate, br'}))).toBe('gzip /articles/a')
    expect(cacheKeyFor({...page(), method: 'HEAD'})).toBe('identity /articles/a')
    expect(cacheKeyFor(page({}, '/search?q=back'))).toBe('identity /search?q=back')
  })

  it('leaves personal requests to Next: cookies (draft mode, preview), tokens, navigations', () => {
    const personal: Record<string, string>[] = [
      {cookie: '__prerender_bypass=1'},
      {authorization: 'Bearer x'},
      {rsc: '1'},
      {'next-router-state-tree': '%5B%5D'},
      {'next-router-prefetch': '1'},
      {'next-action': 'abc'},
    ]
    for (const headers of personal) expect(cacheKeyFor(page(headers))).toBeUndefined()
  })

  it('leaves writes, the API, Next’s own files and RSC payload URLs to Next', () => {
    expect(cacheKeyFor({...page(), method: 'POST'})).toBeUndefined()
    expect(cacheKeyFor(page({}, '/api/review/status'))).toBeUndefined()
    expect(cacheKeyFor(page({}, '/_next/static/chunk.js'))).toBeUndefined()
    expect(cacheKeyFor(page({}, '/articles/a?_rsc=1x2y'))).toBeUndefined()
    expect(cacheKeyFor(page({}, 'http://elsewhere/'))).toBeUndefined()
  })

  it('gives gzip only to a request that accepts it', () => {
    expect(encodingFor({'accept-encoding': 'gzip;q=0, identity'})).toBe('identity')
    expect(encodingFor({'accept-encoding': 'GZIP;q=0.5'})).toBe('gzip')
    expect(encodingFor({'accept-encoding': 'br'})).toBe('identity')
    expect(encodingFor({})).toBe('identity')
  })
})

describe('which responses the response cache keeps', () => {
  const html = {'content-type': 'text/html', vary: nextVary}

  it('keeps a page and a 404, even though Next marks dynamic pages private', () => {
    const headers = {...html, 'cache-control': 'private, no-cache, no-store, max-age=0'}
    expect(mayKeep({status: 200, headers}, 'identity /a')).toBe(true)
    expect(mayKeep({status: 404, headers}, 'identity /a')).toBe(true)
  })

  it('never keeps a response that sets a cookie, an error, a redirect or a partial answer', () => {
    expect(mayKeep({status: 200, headers: {...html, 'set-cookie': 'a=b'}}, 'identity /a')).toBe(
      false,
    )
    for (const status of [206, 301, 307, 500, 503])
      expect(mayKeep({status, headers: html}, 'identity /a')).toBe(false)
  })

  it('never keeps a body in another encoding than the key’s, or one that varies by more', () => {
    const gzipped = {...html, 'content-encoding': 'gzip'}
    expect(mayKeep({status: 200, headers: gzipped}, 'identity /a')).toBe(false)
    expect(mayKeep({status: 200, headers: gzipped}, 'gzip /a')).toBe(true)
    expect(mayKeep({status: 200, headers: html}, 'gzip /a')).toBe(false)
    expect(
      mayKeep({status: 200, headers: {...html, vary: `${nextVary}, Cookie`}}, 'identity /a'),
    ).toBe(false)
    expect(mayKeep({status: 200, headers: {...html, vary: '*'}}, 'identity /a')).toBe(false)
  })
})
