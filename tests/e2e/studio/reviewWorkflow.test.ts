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

// Seed article 002 ("Easing a Lower Back Spasm"): the blocks holding its lint findings (keys
// follow from the seed file and the block's position). An absolute claim ("no side effects"),
// an unsourced dose and an uncited claim, and a promised "cure".
const findings = {
  noSideEffects: '94c6b8341236',
  doseAndClaim: 'c783585922c9',
  cure: '118931473622',
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
      .toBe(1)
    expect(await maya.getByText(/^Dosage without a source:/).count()).toBe(2)
    expect(await maya.getByText(/^Absolute claim:/).count()).toBe(2)
    await shot(maya, 'review-tab-lint-findings')

    await maya.getByRole('tab', {name: 'Editor'}).click()
    await rewriteBlock(
      maya,
      findings.doseAndClaim,
      'Staying active relieves pain a little more than resting in bed.',
    )
    await citeBlock(maya, findings.doseAndClaim, 'Dahm')
    await rewriteBlock(
      maya,
      findings.noSideEffects,
      'Help the person into a comfortable position, such as lying on their back with the knees raised on pillows.',
    )
    await rewriteBlock(
      maya,
      findings.cure,
      'Get medical help straight away if there is numbness in the legs, loss of bladder control or a high temperature.',
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
    await preview.waitForURL(/\/articles\/easing-a-lower-back-spasm/, {timeout: 120_000})
    await preview.waitForLoadState('networkidle', {timeout: 60_000}).catch(() => undefined)
    await shot(preview, 'draft-preview-on-the-site')
    expect(await preview.locator('body').innerText()).toContain(
      'Staying active relieves pain a little more than resting in bed.',
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
    const response = await site.goto(`${harness.siteUrl}/articles/easing-a-lower-back-spasm`, {
      timeout: 120_000,
    })
    expect(response?.status()).toBe(200)
    await shot(site, 'page-on-the-site')
    const text = await site.locator('body').innerText()
    expect(text).toContain('Easing a Lower Back Spasm')
    expect(text).toContain('Staying active relieves pain a little more than resting in bed.')
    await site.close()
  })

  it('a fact-checker pastes a reference into a citation, and a lookup says plainly it is offline', async () => {
    await maya.getByText('Citations', {exact: true}).first().click()
    await maya
      .getByText(/^Efficacy of paracetamol for acute low-back pain/)
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
      .filter({hasText: 'A lower back spasm is a sudden, involuntary tightening'})
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
