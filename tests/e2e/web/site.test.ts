import axe from 'axe-core'
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {createPreviewToken} from '../../../web/src/review/previewToken.ts'
import {launchChromium, screenshot} from '../../helpers/browser.ts'
import {demoCitationIds} from '../../../scripts/src/review/demoPublishing.ts'
import {editDraft} from './content.ts'
import {
  approveAndPublish,
  credentialReviewers,
  publishUnreviewed,
  tamperWithPublished,
} from '../../fixtures/web/publishing.ts'
import {startSiteHarness, type SiteHarness} from './siteHarness.ts'

let site: SiteHarness
let browser: Browser

const approvedPages = [
  '/conditions/lower-back-spasm',
  '/treatments/heat-therapy',
  '/treatments/muscle-relaxants',
  '/treatments/massage',
  '/articles/what-research-says-about-treating-lower-back-spasms',
  '/articles/how-to-calm-a-lower-back-spasm',
]
const overduePage = '/treatments/steroid-injection'
const otherPages = [
  '/',
  '/articles',
  '/reviewers/daniel-reyes',
  '/editorial-policy',
  '/search?q=back+spasm',
]

/** Content that must never reach a reader, with a phrase only it contains. */
const forbidden = [
  {
    what: 'a draft that was never reviewed',
    path: '/articles/lower-back-spasm-relief-at-willow-creek-physical-therapy',
    phrases: ['lower-back-spasm-relief-at-willow-creek'],
  },
  {
    what: 'an article an administrator published without review',
    path: '/articles/easing-a-lower-back-spasm',
    phrases: ['/articles/easing-a-lower-back-spasm"', '/articles/easing-a-lower-back-spasm<'],
  },
  {
    what: 'a treatment edited after its sign-off',
    path: '/treatments/acupuncture',
    phrases: ['TAMPERED-E2E', '/treatments/acupuncture"', '/treatments/acupuncture<'],
  },
]
const draftMarkers = ['data-draft-preview', 'Draft — not yet reviewed', 'DRAFT-ONLY-E2E']

async function get(path: string, init?: RequestInit) {
  const response = await fetch(`${site.siteUrl}${path}`, {redirect: 'manual', ...init})
  return {status: response.status, headers: response.headers, text: await response.text()}
}

/** The page's JSON-LD, parsed (null when it has none). */
async function jsonLd(path: string) {
  const page = await get(path)
  const match = page.text.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)
  return JSON.parse(match?.[1] ?? 'null') as Record<string, unknown> | null
}

const publicUrls = () => [
  ...approvedPages,
  overduePage,
  ...otherPages,
  '/search?q=acupuncture',
  '/search?q=willow+creek',
  '/search?q=lower+back+spasms',
  '/sitemap.xml',
  '/feed.xml',
  '/robots.txt',
]

beforeAll(async () => {
  site = await startSiteHarness()
  const publisher = site.access('rPublisher')
  const admin = site.access('pSamLee')
  const editor = site.access('pMayaOkafor')
  await credentialReviewers(publisher, site.key)
  // The curated pages cite these inline; the seed's unchecked references stay drafts.
  await approveAndPublish(publisher, site.key, demoCitationIds)
  await approveAndPublish(publisher, site.key, [
    'treatment-heat-therapy',
    'treatment-muscle-relaxants',
    'treatment-massage',
    'treatment-acupuncture',
    'condition-lower-back-spasm',
    'article-seed-004',
    'article-seed-001',
  ])
  await approveAndPublish(publisher, site.key, ['treatment-steroid-injection'], {
    at: new Date('2019-01-01T00:00:00Z'),
    nextReviewDue: '2020-01-01',
  })
  await publishUnreviewed(admin, 'article-seed-002')
  await tamperWithPublished(admin, 'treatment-acupuncture', {
    howItWorks: 'TAMPERED-E2E: needles cure everything.',
  })
  await editDraft(editor, 'condition-lower-back-spasm', {summary: 'DRAFT-ONLY-E2E pending edit'})
  await site.start()
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

describe('the reader site', () => {
  describe('renders every page type', () => {
    it.each([...approvedPages, ...otherPages])('%s', async (path) => {
      const page = await get(path)
      expect({path, status: page.status}).toEqual({path, status: 200})
      expect(page.text).toContain('<h1')
      expect(page.text).toContain('Not a substitute for medical advice.')
    })

    it.each(approvedPages)('%s credits its medical reviewer', async (path) => {
      const page = await get(path)
      expect(page.text).toMatch(/Medically reviewed by <a href="\/reviewers\/daniel-reyes">/)
      expect(page.text).toContain('Written by')
      expect(page.text).toContain('Next review due')
      expect(page.text).toContain('Conflict of interest:')
    })

    it('lists every reviewed article at /articles, and no other', async () => {
      const page = await get('/articles')
      const linked = [...page.text.matchAll(/href="(\/articles\/[^"]+)"/g)].map((match) => match[1])
      expect(new Set(linked)).toEqual(
        new Set(approvedPages.filter((path) => path.startsWith('/articles/'))),
      )
    })

    it('answers an unknown page with a helpful 404', async () => {
      const page = await get('/conditions/no-such-condition')
      expect(page.status).toBe(404)
      expect(page.text).toContain('We can’t find that page')
    })
  })

  describe('footnotes', () => {
    it('link from each number to its reference and back to every use', async () => {
      const page = await browser.newPage()
      await page.goto(`${site.siteUrl}/conditions/lower-back-spasm`)
      const links = await page.$$eval('sup.citation a', (anchors) =>
        anchors.map((anchor) => ({
          id: anchor.id,
          href: anchor.getAttribute('href'),
          text: anchor.textContent,
        })),
      )
      expect(links.map((link) => link.text)).toEqual(['1', '2', '1', '3', '4', '5'])
      for (const link of links) {
        const backLinks = await page.$$eval(
          `${link.href} .backlink a, ${link.href} a.backlink`,
          (anchors) => anchors.map((anchor) => anchor.getAttribute('href')),
        )
        expect(backLinks).toContain(`#${link.id}`)
      }
      await page.click('sup.citation a >> nth=0')
      expect(new URL(page.url()).hash).toBe('#ref-1')
      await page.click('#ref-1 .backlink a >> nth=1')
      expect(new URL(page.url()).hash).toBe('#cite-1-2')
      await screenshot(page, 'web', 'condition')
      await page.close()
    })

    it('format references in AMA style with the DOI and PMID linked', async () => {
      const page = await browser.newPage()
      await page.goto(`${site.siteUrl}/conditions/lower-back-spasm`)
      const referenceAt = (selector: string) =>
        page.$eval(selector, (item) => ({
          text: item.textContent,
          journal: item.querySelector('i')?.textContent,
          links: [...item.querySelectorAll('a')].map((link) => link.getAttribute('href')),
        }))
      const guideline = await referenceAt('#ref-1')
      const review = await referenceAt('#ref-5')
      await page.close()
      expect(guideline.text).toMatch(
        /^Qaseem A, Wilt TJ, McLean RM, Forciea MA; Clinical Guidelines Committee of the American College of Physicians\. Noninvasive treatments for acute, subacute, and chronic low back pain: .*\. Ann Intern Med\. 2017;166\(7\):514-530\. doi:10\.7326\/M16-2367/,
      )
      expect(guideline.journal).toBe('Ann Intern Med')
      expect(guideline.links).toContain('https://doi.org/10.7326/M16-2367')
      expect(review.text).toMatch(
        /^Paige NM, Miake-Lye IM, Booth MS, et al\. Association of spinal/,
      )
      expect(review.links).toEqual(
        expect.arrayContaining([
          'https://doi.org/10.1001/jama.2017.3086',
          'https://pubmed.ncbi.nlm.nih.gov/28399251/',
        ]),
      )
    })
  })

  describe('structured data', () => {
    it('describes a condition as a reviewed MedicalWebPage about a coded MedicalCondition', async () => {
      expect(await jsonLd('/conditions/lower-back-spasm')).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'MedicalWebPage',
        lastReviewed: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        reviewedBy: {
          '@type': 'Person',
          name: 'Dr. Daniel Reyes',
          hasCredential: [{'@type': 'EducationalOccupationalCredential', name: 'MD'}],
        },
        about: {
          '@type': 'MedicalCondition',
          code: {'@type': 'MedicalCode', codeValue: 'M62.830', codingSystem: 'ICD-10-CM'},
          possibleTreatment: expect.arrayContaining([
            expect.objectContaining({'@type': 'MedicalTherapy', name: 'Heat therapy'}),
          ]),
        },
      })
    })

    it('lists only treatments that passed review themselves', async () => {
      const data = JSON.stringify(await jsonLd('/conditions/lower-back-spasm'))
      expect(data).not.toContain('Acupuncture')
    })

    it('describes a treatment as a MedicalTherapy', async () => {
      expect(await jsonLd('/treatments/heat-therapy')).toMatchObject({
        '@type': 'MedicalWebPage',
        about: {'@type': 'MedicalTherapy', name: 'Heat therapy'},
      })
    })
  })

  describe('accessibility', () => {
    it.each([...approvedPages, overduePage, ...otherPages, '/no-such-page'])(
      'axe finds nothing on %s',
      async (path) => {
        const page = await browser.newPage()
        await page.goto(`${site.siteUrl}${path}`)
        await page.addScriptTag({content: axe.source})
        const violations = await page.evaluate(async () => {
          const {axe: inPage} = window as unknown as {axe: typeof axe}
          const result = await inPage.run(document, {
            runOnly: {
              type: 'tag',
              values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
            },
          })
          return result.violations.map((violation) => ({
            id: violation.id,
            nodes: violation.nodes.map((node) => node.target.join(' ')),
          }))
        })
        await page.close()
        expect(violations).toEqual([])
      },
    )
  })

  describe('trust: what was not approved is absent everywhere', () => {
    it.each(forbidden)('$what answers 404', async ({path}) => {
      expect((await get(path)).status).toBe(404)
    })

    it.each(forbidden)('$what is in no list, search, sitemap or feed', async ({phrases}) => {
      for (const url of publicUrls()) {
        const {text} = await get(url)
        const leaked = phrases.filter((phrase) => text.includes(phrase))
        expect({url, leaked}).toEqual({url, leaked: []})
      }
    })

    it('keeps an overdue page up with a notice, out of search engines and the sitemap', async () => {
      const page = await get(overduePage)
      expect(page.status).toBe(200)
      expect(page.text).toContain('This page is due for review.')
      expect(page.text).toContain('<meta name="robots" content="noindex, nofollow"/>')
      expect((await get('/sitemap.xml')).text).not.toContain(overduePage)
    })

    it('reports what it hides, with reasons, only to people the store knows', async () => {
      expect((await get('/api/integrity')).status).toBe(401)
      const editor = {authorization: `Bearer ${site.access('pMayaOkafor').token}`}
      const report = JSON.parse((await get('/api/integrity', {headers: editor})).text) as {
        failures: {id: string; reasons: string[]}[]
      }
      expect(report.failures.map((failure) => failure.id).sort()).toEqual([
        'article-seed-002',
        'treatment-acupuncture',
      ])
    })

    it('takes a page down as soon as it is edited behind the service', async () => {
      expect((await get('/treatments/massage')).status).toBe(200)
      await tamperWithPublished(site.access('pSamLee'), 'treatment-massage', {
        howItWorks: 'TAMPERED-LIVE: works on everything.',
      })
      const deadline = Date.now() + 30_000
      let status = 200
      while (status !== 404 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200))
        status = (await get('/treatments/massage')).status
      }
      expect(status).toBe(404)
      expect((await get('/')).text).not.toContain('/treatments/massage"')
      expect((await get('/feed.xml')).text).not.toContain('/treatments/massage')
    })
  })

  describe('drafts', () => {
    it('never appear in a public response', async () => {
      for (const url of publicUrls()) {
        const page = await get(url)
        const leaked = draftMarkers.filter((marker) => page.text.includes(marker))
        expect({url, leaked}).toEqual({url, leaked: []})
      }
    })

    it('show through a signed preview link: private, uncached, unindexed, bannered', async () => {
      const token = await createPreviewToken({
        documentId: 'condition-lower-back-spasm',
        secret: site.previewSecret,
      })
      const enable = await get(`/api/draft-mode/enable?token=${encodeURIComponent(token)}`)
      expect(enable.status).toBe(307)
      expect(enable.headers.get('location')).toBe('/conditions/lower-back-spasm')
      const cookie = enable.headers
        .getSetCookie()
        .map((line) => line.split(';')[0])
        .join('; ')
      const preview = await get('/conditions/lower-back-spasm', {headers: {cookie}})
      expect(preview.text).toContain('DRAFT-ONLY-E2E')
      expect(preview.text).toContain('Draft — not yet reviewed')
      expect(preview.text).toContain('<meta name="robots" content="noindex, nofollow"/>')
      expect(preview.headers.get('cache-control')).toMatch(/private/)
      expect(preview.headers.get('cache-control')).toMatch(/no-store/)
      expect(preview.text).not.toContain('application/ld+json')

      const everyoneElse = await get('/conditions/lower-back-spasm')
      expect(everyoneElse.text).not.toContain('DRAFT-ONLY-E2E')
    })

    it('refuse a forged or expired preview link', async () => {
      const forged = await createPreviewToken({
        documentId: 'condition-lower-back-spasm',
        secret: 'not-the-site-secret-0123456789abcdef',
      })
      expect((await get(`/api/draft-mode/enable?token=${forged}`)).status).toBe(401)
      const expired = await createPreviewToken({
        documentId: 'condition-lower-back-spasm',
        secret: site.previewSecret,
        now: new Date(Date.now() - 3_600_000),
      })
      expect((await get(`/api/draft-mode/enable?token=${expired}`)).status).toBe(401)
    })
  })
})
