import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {launchChromium} from '../../helpers/browser.ts'
import {startStudioHarness, type StudioHarness} from './studioHarness.ts'
import {
  articleTitle,
  citeBlock,
  footerButton,
  menuAction,
  openArticle,
  rewriteBlock,
  shot,
  studioAs,
  waitUntilSaved,
} from './studioPage.ts'

// Seed article 002 ("Lower back spasms") has three uncited clinical claims, in these blocks.
const claims = {
  treatedEffectively: '769bca8de69d',
  iceAndHeat: '3bc6b5e89114',
  medicines: '1b15713bd7c1',
}

let harness: StudioHarness
let browser: Browser
let maya: Page
let daniel: Page

beforeAll(async () => {
  harness = await startStudioHarness()
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await harness?.stop()
})

describe('the review workflow in the Studio, as its people use it', () => {
  it('the clinical editor fixes the lint findings, cites a source and requests review; Publish says why not', async () => {
    maya = await studioAs(browser, harness, 'pMayaOkafor')
    await openArticle(maya)
    await shot(maya, 'editor-opens-seeded-article')

    await maya.getByRole('tab', {name: 'Review'}).click()
    await expect
      .poll(() => maya.getByText(/^Clinical claim without a source:/).count(), {timeout: 30_000})
      .toBe(3)
    await shot(maya, 'review-tab-lint-findings')

    await maya.getByRole('tab', {name: 'Editor'}).click()
    await rewriteBlock(
      maya,
      claims.treatedEffectively,
      'Acupuncture relieved chronic low back pain in a large trial.',
    )
    await citeBlock(maya, claims.treatedEffectively, 'acupuncture')
    await rewriteBlock(
      maya,
      claims.iceAndHeat,
      'If a spasm follows an injury or a strain, ask a physiotherapist whether cold or heat suits you.',
    )
    await rewriteBlock(
      maya,
      claims.medicines,
      'A pharmacist or doctor can say which medicines suit you and for how long.',
    )
    await waitUntilSaved(maya)
    await shot(maya, 'editor-cited-a-source')

    await maya.getByRole('tab', {name: 'Review'}).click()
    await expect(
      maya.getByText('No editorial warnings.').waitFor({timeout: 30_000}),
    ).resolves.toBeUndefined()
    await shot(maya, 'lint-findings-fixed')

    const [preview] = await Promise.all([
      maya.waitForEvent('popup'),
      (await menuAction(maya, 'Preview')).click(),
    ])
    await preview.waitForURL(/\/articles\/lower-back-spasms/, {timeout: 120_000})
    await preview.waitForLoadState('networkidle', {timeout: 60_000}).catch(() => undefined)
    await shot(preview, 'draft-preview-on-the-site')
    expect(await preview.locator('body').innerText()).toContain(
      'Acupuncture relieved chronic low back pain',
    )
    await preview.close()

    await (await menuAction(maya, 'Request review')).click()
    await maya.getByText('Review requested').first().waitFor({timeout: 30_000})
    const publish = footerButton(maya, 'Publish')
    await expect.poll(() => publish.isDisabled(), {timeout: 30_000}).toBe(true)
    await publish.hover()
    await maya
      .getByText(/waiting for review \(requested by Maya Okafor/)
      .first()
      .waitFor({timeout: 15_000})
    await shot(maya, 'publish-disabled-with-reason')
  })

  it('a reviewer signs off; Publish is enabled and publishing puts the page on the site', async () => {
    daniel = await studioAs(browser, harness, 'pDanielReyes')
    await daniel.getByText('Awaiting review', {exact: true}).first().click()
    const queued = daniel.getByText(articleTitle, {exact: true}).first()
    await queued.waitFor({timeout: 60_000})
    await daniel
      .getByText(/requested by Maya Okafor/)
      .first()
      .waitFor()
    await shot(daniel, 'reviewer-awaiting-review-queue')
    await queued.click()
    await daniel.getByRole('tab', {name: 'Editor'}).waitFor()
    await (await menuAction(daniel, 'Sign off')).click()
    const dialog = daniel.getByRole('dialog')
    for (const item of [
      /clinical claim is checked/,
      /citations exist/,
      /Doses and frequencies/,
      /no promotional content/,
    ]) {
      await dialog.getByRole('checkbox', {name: item}).check()
    }
    await shot(daniel, 'reviewer-sign-off-dialog')
    await dialog.getByRole('button', {name: 'Approve this version'}).click()
    await daniel.getByText('Signed off: it can be published now').first().waitFor({timeout: 30_000})

    const publish = footerButton(daniel, 'Publish')
    await expect.poll(() => publish.isEnabled(), {timeout: 30_000}).toBe(true)
    await shot(daniel, 'publish-enabled-after-sign-off')
    await publish.click()
    await daniel.getByText('Published', {exact: true}).first().waitFor({timeout: 30_000})
    await shot(daniel, 'published')

    const site = await browser.newPage()
    const response = await site.goto(`${harness.siteUrl}/articles/lower-back-spasms`, {
      timeout: 120_000,
    })
    expect(response?.status()).toBe(200)
    await shot(site, 'page-on-the-site')
    const text = await site.locator('body').innerText()
    expect(text).toContain('Lower back spasms')
    expect(text).toContain('Acupuncture relieved chronic low back pain')
    await site.close()
  })

  it('a fact-checker pastes a reference into a citation, and a lookup says plainly it is offline', async () => {
    await maya.getByText('Citations', {exact: true}).first().click()
    await maya
      .getByText(/^MedX Lumbar Extension|A randomized controlled trial of the MedX/)
      .first()
      .click()
    await maya
      .getByLabel('Reference to parse')
      .fill(
        'Hides JA, Richardson CA, Jull GA. Multifidus muscle recovery is not automatic after resolution of acute, first-episode low back pain. Spine. 1996;21(23):2763-2769.',
      )
    await maya.getByRole('button', {name: 'Fill fields'}).click()
    await maya
      .getByText(/^Filled: .*title/)
      .first()
      .waitFor({timeout: 15_000})
    const fieldValues = () =>
      maya
        .locator('input, textarea')
        .evaluateAll((fields) =>
          fields.map((field) =>
            field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement
              ? field.value
              : '',
          ),
        )
    await expect
      .poll(async () => (await fieldValues()).join(' | '), {timeout: 15_000})
      .toMatch(/Multifidus muscle recovery/)
    await maya.getByLabel('DOI or PMID to look up').fill('10.1097/00007632-199612010-00011')
    await maya.getByRole('button', {name: 'Look up'}).click()
    await maya
      .getByText(/offline/)
      .first()
      .waitFor({timeout: 30_000})
    await shot(maya, 'citation-paste-and-offline-lookup')
  })

  it('an edit after sign-off shows "Changed since sign-off", disables Publish, and its editor cannot sign it off', async () => {
    const standfirst = daniel
      .getByRole('textbox')
      .filter({hasText: 'Lower back spasms are defined'})
      .first()
    await standfirst.click()
    await daniel.keyboard.press('End')
    await daniel.keyboard.type(' Most episodes settle within weeks.')
    await waitUntilSaved(daniel)
    await daniel.getByText('Changed since sign-off').first().waitFor({timeout: 30_000})
    const publish = footerButton(daniel, 'Publish')
    await expect.poll(() => publish.isDisabled(), {timeout: 30_000}).toBe(true)
    await publish.hover()
    await daniel
      .getByText(/changed after Dr\. Daniel Reyes signed it off/)
      .first()
      .waitFor({timeout: 15_000})
    await shot(daniel, 'changed-since-sign-off')

    const signOff = await menuAction(daniel, 'Sign off')
    await expect.poll(() => signOff.isDisabled(), {timeout: 15_000}).toBe(true)
    await signOff.hover()
    await daniel
      .getByText(/Dr\. Daniel Reyes edited this draft after the last sign-off/)
      .first()
      .waitFor({timeout: 15_000})
    await shot(daniel, 'reviewer-who-edited-cannot-sign-off')
    await daniel.keyboard.press('Escape')

    await daniel.getByRole('tab', {name: 'Review'}).click()
    await daniel
      .getByRole('heading', {name: 'Changed since the last sign-off'})
      .waitFor({timeout: 30_000})
    await daniel
      .getByText(/Now: .*Most episodes settle within weeks\./)
      .first()
      .waitFor({timeout: 30_000})
    await shot(daniel, 'review-tab-diff-since-sign-off')
  })
})
