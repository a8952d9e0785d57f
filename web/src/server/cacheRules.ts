/**
 * Which requests the response cache may answer and which responses it may keep. Both lean to
 * "no": anything personal (a cookie, a token, draft mode, a preview, a client-side navigation's
 * RSC payload) goes to Next every time.
 */

type Headers = Record<string, string | string[] | number | undefined>

export interface RequestFacts {
  method?: string | undefined
  url?: string | undefined
  headers: Headers
}

export interface ResponseFacts {
  status: number
  headers: Headers
}

/** Headers that make a request personal or a client-side navigation (a different body). */
const personalHeaders = [
  'cookie',
  'authorization',
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-action',
  'next-url',
]

/** What Next varies its pages by; the key covers the encoding and the rest are never cached. */
const understoodVary = new Set([
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'accept-encoding',
])

const single = (value: Headers[string]): string =>
  Array.isArray(value) ? value.join(', ') : value === undefined ? '' : String(value)

/** The body encoding this request gets: gzip when it accepts it, as Next's compression picks. */
export function encodingFor(headers: Headers): 'gzip' | 'identity' {
  const accepted = single(headers['accept-encoding'])
    .split(',')
    .map((part) => part.trim().split(';'))
  const gzip = accepted.find(([name]) => name?.trim().toLowerCase() === 'gzip')
  if (!gzip) return 'identity'
  const refused = gzip.slice(1).some((parameter) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(parameter))
  return refused ? 'identity' : 'gzip'
}

/** The cache key for a request the cache may answer, or undefined when Next must answer it. */
export function cacheKeyFor(request: RequestFacts): string | undefined {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined
  const url = request.url ?? ''
  if (!url.startsWith('/') || url.startsWith('/api/') || url.startsWith('/_next/')) return undefined
  if (/[?&]_rsc=/.test(url)) return undefined
  if (personalHeaders.some((name) => request.headers[name] !== undefined)) return undefined
  return `${encodingFor(request.headers)} ${url}`
}

/**
 * How long a kept page stays: pages re-check time-dependent state (an overdue review, an
 * expired credential) at least this often. Publishes and takedowns purge at once.
 */
export const pageLifetimeMs = 3600_000

/**
 * What readers and any shared cache in front are told: keep nothing without asking again, so a
 * takedown is never held downstream. Kept pages carry an ETag, so asking again is a 304.
 */
export const readerCacheControl = 'public, max-age=0, must-revalidate'

/**
 * Whether a response may be kept for every reader: a complete 200, or a 404 (a page taken down
 * is asked for by everyone who had it open, and a publish purges it), that sets no cookie, in the
 * encoding the key names, varying only by what the key or the request rules cover. Next marks
 * its dynamic pages `private, no-store` whatever they hold, so that header says nothing here;
 * what makes a page personal on this site is a cookie (draft mode, the preview session) or a
 * token, and such requests never reach the cache (`cacheKeyFor`).
 */
export function mayKeep(response: ResponseFacts, key: string): boolean {
  if (response.status !== 200 && response.status !== 404) return false
  const {headers} = response
  if (headers['set-cookie'] !== undefined) return false
  const vary = single(headers.vary)
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean)
  if (vary.some((name) => !understoodVary.has(name))) return false
  const encoding = single(headers['content-encoding']).toLowerCase() || 'identity'
  return key.startsWith(`${encoding} `)
}
