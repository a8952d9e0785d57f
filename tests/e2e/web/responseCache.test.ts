import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {createPreviewToken} from '../../../web/src/review/previewToken.ts'
import {publishDemoContent} from '../../../scripts/src/review/demoPublishing.ts'
import {reviewAndPublish, takeDown} from '../../../scripts/src/review/serviceCalls.ts'
import {editDraft} from './content.ts'
import {startSiteHarness, type SiteHarness} from './siteHarness.ts'

// The production server (web/server.ts) keeps rendered pages in memory. These tests drive it
// with the real Next.js build and the real review service, as readers and the Studio would.

let site: SiteHarness
const service = {
  get siteUrl() {
    return site.siteUrl
  },
  token: (userId: string) => site.lake.token(userId),
}

const articleId = 'article-seed-004'
const article = '/articles/what-research-says-about-treating-lower-back-spasms'
const condition = '/conditions/lower-back-spasm'

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${site.siteUrl}${path}`, {
    redirect: 'manual',
    headers: {'accept-encoding': 'identity', ...headers},
  })
  return {status: response.status, headers: response.headers, text: await response.text()}
}

/** The page in both encodings a browser may ask for: the cache keeps one copy of each. */
const statuses = async (path: string) =>
  Promise.all(
    ['identity', 'gzip'].map(
      async (encoding) => (await get(path, {'accept-encoding': encoding})).status,
    ),
  )

beforeAll(async () => {
  site = await startSiteHarness()
  await site.start()
  await publishDemoContent({
    serviceUrl: site.siteUrl,
    lakeUrl: site.lake.httpUrl,
    userToken: service.token,
  })
  await reviewAndPublish(service, articleId)
  await editDraft(site.access('pMayaOkafor'), 'condition-lower-back-spasm', {
    summary: 'DRAFT-ONLY-CACHE pending edit',
  })
})

afterAll(async () => {
  await site?.stop()
})

describe('the response cache in front of the site', () => {
  it('serves an approved page from memory after its first render, as public with an ETag', async () => {
    // The lake's webhooks for the setup's publishes purge too, a little later: wait them out.
    const deadline = Date.now() + 30_000
    let again = await get(article)
    while (again.headers.get('x-vetted-cache') !== 'HIT' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200))
      again = await get(article)
    }
    expect(again.status).toBe(200)
    expect(again.headers.get('x-vetted-cache')).toBe('HIT')
    expect(again.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    const revalidated = await get(article, {'if-none-match': again.headers.get('etag') ?? ''})
    expect(revalidated.status).toBe(304)
  })

  it('shows a takedown and a new sign-off on the first request after the service answers', async () => {
    expect(await statuses(article)).toEqual([200, 200])
    await takeDown(service, articleId)
    expect(await statuses(article)).toEqual([404, 404])
    expect(await statuses(article)).toEqual([404, 404])
    // Everyone who had the page open asks again: the 404 is kept too, until the next publish.
    expect((await get(article)).headers.get('x-vetted-cache')).toBe('HIT')
    await reviewAndPublish(service, articleId)
    expect(await statuses(article)).toEqual([200, 200])
    expect((await get('/articles')).text).toContain(article)
  })

  it('never keeps a preview: the draft reaches only the browser holding the preview cookie', async () => {
    await get(condition)
    const token = await createPreviewToken({
      documentId: 'condition-lower-back-spasm',
      secret: site.previewSecret,
    })
    const enable = await fetch(
      `${site.siteUrl}/api/draft-mode/enable?token=${encodeURIComponent(token)}`,
      {redirect: 'manual'},
    )
    const cookie = enable.headers
      .getSetCookie()
      .map((line) => line.split(';')[0])
      .join('; ')
    const preview = await get(condition, {cookie})
    expect(preview.text).toContain('DRAFT-ONLY-CACHE')
    expect(preview.headers.get('x-vetted-cache')).toBeNull()
    expect(preview.headers.get('cache-control')).toMatch(/private/)
    const reader = await get(condition)
    expect(reader.headers.get('x-vetted-cache')).toBe('HIT')
    expect(reader.text).not.toContain('DRAFT-ONLY-CACHE')
  })

  it('answers client-side navigations (RSC payloads) from Next, never from the page cache', async () => {
    const page = await get(article)
    const navigation = await get(article, {rsc: '1'})
    expect(navigation.headers.get('x-vetted-cache')).toBeNull()
    expect(navigation.text).not.toBe(page.text)
  })
})
