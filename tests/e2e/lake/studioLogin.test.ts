import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {launchChromium, screenshot} from '../../helpers/browser.ts'
import type {TestLake} from '../../helpers/lake.ts'
import {startStudioLake, type StudioLake} from './studioLake.ts'

// The unmodified Studio against the lake alone: the lake's login page, its grants and its
// listeners are what this exercises (the review workflow has its own suite in ../studio).
let lake: TestLake
let studio: StudioLake
let browser: Browser
let page: Page

const editedTitle = 'Easing a Lower Back Spasm (edited in the Studio)'

beforeAll(async () => {
  studio = await startStudioLake('login')
  lake = studio.lake
  browser = await launchChromium()
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    viewport: {width: 1440, height: 1000},
  })
  page = await context.newPage()
})

afterAll(async () => {
  await browser?.close()
  await studio?.stop()
})

describe('the real Studio against the local lake', () => {
  it('logs the clinical editor in through the login screen', async () => {
    await page.goto(`${lake.httpsUrl}/studio/`)
    // The Studio's own login screen lists the lake's provider; the lake's page lists people.
    await page.getByText('Local lake').first().click()
    const people = page.locator('a.user')
    await people.first().waitFor()
    // People only: the robots' tokens are for services, never for a browser session.
    expect(
      (await people.evaluateAll((links) => links.map((link) => link.dataset.userId))).sort(),
    ).toEqual(['pDanielReyes', 'pHelenCarter', 'pMayaOkafor', 'pSamLee'])
    await page.locator('a.user[data-user-id="pMayaOkafor"]').click()
    await page.getByText('Articles', {exact: true}).first().waitFor({timeout: 60_000})
    await screenshot(page, 'lake', '01-logged-in-as-clinical-editor')
  })

  it('lists the seeded articles and saves an edit to the lake as a draft', async () => {
    await page.getByText('Articles', {exact: true}).first().click()
    await page.getByText('Easing a Lower Back Spasm', {exact: true}).first().click()
    // By id: the first textbox on the page is not always the title while the form renders.
    const title = page.locator('input#title')
    await title.waitFor()
    await title.fill(editedTitle)

    const maya = lake.client('pMayaOkafor')
    await expect
      .poll(
        () => maya.fetch('*[_id == "drafts.article-seed-002"][0].title', {}, {perspective: 'raw'}),
        {
          timeout: 30_000,
        },
      )
      .toBe(editedTitle)
    await page.getByText(/^Saving/).waitFor({state: 'detached', timeout: 30_000})
    await screenshot(page, 'lake', '02-edit-saved-to-the-lake')
  })

  it("keeps the Studio's own Publish disabled for a contributor: the lake's grants say so", async () => {
    // People keep Sanity's built-in Publish (clinical types have the review service's), so
    // what disables it here is the grant the lake reports for a contributor.
    await page.getByText('People', {exact: true}).first().click()
    await page.getByText('Sam Lee', {exact: true}).first().click()
    const name = page.locator('input#name')
    await name.waitFor()
    await name.fill('Sam Lee (draft edit)')
    await expect
      .poll(
        () =>
          lake
            .client('pMayaOkafor')
            .fetch('*[_id == "drafts.person-sam-lee"][0].name', {}, {perspective: 'raw'}),
        {timeout: 30_000},
      )
      .toBe('Sam Lee (draft edit)')
    await page.getByText(/^Saving/).waitFor({state: 'detached', timeout: 30_000})
    await page.getByText('Saved', {exact: true}).waitFor()

    const publish = page.getByRole('button', {name: 'Publish', exact: true}).last()
    await publish.waitFor()
    expect(await publish.isDisabled()).toBe(true)
    await screenshot(page, 'lake', '03-publish-disabled-for-contributor')
    expect(await lake.client('pSamLee').fetch('*[_id == "person-sam-lee"][0].name')).toBe('Sam Lee')
  })
})
