import {copyFileSync} from 'node:fs'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {launchChromium, screenshot} from '../../helpers/browser.ts'
import {startStudioHarness, type StudioHarness} from './studioHarness.ts'
import {footerButton, studioAs, waitUntilSaved} from './studioPage.ts'

const helen = 'Dr. Helen Carter'

let harness: StudioHarness
let browser: Browser
let sam: Page

beforeAll(async () => {
  harness = await startStudioHarness()
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await harness?.stop()
})

let shots = 0

/** A screenshot of this step under test-artifacts/studio-credentials, and a copy in /tmp. */
async function shot(page: Page, name: string) {
  shots += 1
  const file = await screenshot(
    page,
    'studio-credentials',
    `${String(shots).padStart(2, '0')}-${name}`,
  )
  copyFileSync(file, `/tmp/credentials-${name}.png`)
}

/** The document menu's items (the "…" beside the main action), closed again after reading. */
async function menuItems(page: Page): Promise<string[]> {
  await page.getByRole('button', {name: 'Open document actions'}).click()
  const items = page.getByRole('menuitem')
  await items.first().waitFor()
  const names = await items.allInnerTexts()
  await page.keyboard.press('Escape')
  return names.map((name) => name.trim())
}

async function openCredentials(page: Page) {
  await page.getByText('Credentials', {exact: true}).first().click()
  await page.getByTestId('credential-entry').first().waitFor({timeout: 60_000})
}

/** The Credentials list entry of one person. */
const entry = (page: Page, name: string) =>
  page.getByTestId('credential-entry').filter({hasText: name}).first()

describe('reviewer credentials in the Studio', () => {
  it('a reviewer sees their colleague’s standing, but not the administrators’ actions', async () => {
    const daniel = await studioAs(browser, harness, 'pDanielReyes')
    await daniel.getByText('People', {exact: true}).first().click()
    await daniel.getByText(`${helen}, MD`, {exact: true}).first().click()
    await daniel.getByRole('tab', {name: 'Credential', exact: true}).click()
    const standing = daniel.getByTestId('credential-standing')
    await standing.getByText(/^Verified until 31 May 2028 by Sam Lee$/).waitFor({timeout: 30_000})
    await daniel.getByText('Only administrators verify and revoke reviewer credentials.').waitFor()
    const items = await menuItems(daniel)
    expect(items).not.toContain('Verify credential')
    expect(items).not.toContain('Revoke credential')
    await shot(daniel, 'reviewer-sees-standing-without-actions')
    await daniel.context().close()
  })

  it('an administrator renews a credential: publishes the new date, then verifies it through the dialog', async () => {
    sam = await studioAs(browser, harness, 'pSamLee')
    await openCredentials(sam)
    await entry(sam, helen).getByText('Verified until 31 May 2028 by Sam Lee').waitFor()
    await entry(sam, 'Dr. Daniel Reyes')
      .getByText('Verified until 30 Nov 2028 by Sam Lee')
      .waitFor()

    // Opening an entry opens the person; the licence was renewed, so Sam enters the new date.
    await entry(sam, helen).click()
    await sam.getByRole('tab', {name: 'Editor'}).waitFor()
    await sam.getByRole('tab', {name: 'Credentials', exact: true}).click()
    const expiry = sam.getByLabel('Credentials verified until')
    await expiry.fill('2029-05-31')
    await expiry.press('Tab')
    await waitUntilSaved(sam)
    const publish = footerButton(sam, 'Publish')
    await expect.poll(() => publish.isEnabled(), {timeout: 30_000}).toBe(true)
    await publish.click()

    await sam.getByRole('tab', {name: 'Credential', exact: true}).click()
    await sam
      .getByTestId('credential-next-step')
      .getByText(/The profile changed since it was verified: verify again/)
      .waitFor({timeout: 30_000})
    await entry(sam, helen)
      .getByText(/the profile changed since it was verified: verify again/)
      .waitFor({timeout: 30_000})
    await shot(sam, 'profile-changed-since-verified')

    const verify = sam.getByRole('button', {name: 'Open document actions'})
    await verify.click()
    await sam.getByRole('menuitem', {name: 'Verify credential'}).click()
    const dialog = sam.getByRole('dialog')
    await dialog.getByText(`Verify ${helen}’s credential`).waitFor()
    const details = dialog.getByTestId('credential-details')
    for (const text of [
      'MD',
      'Family Medicine',
      'DEMO-MD-208871, issued by Medical Board of California',
      '31 May 2029',
    ]) {
      await details.getByText(text, {exact: true}).waitFor()
    }
    const submit = dialog.getByRole('button', {name: 'Verify credential'})
    expect(await submit.isDisabled()).toBe(true)
    await dialog
      .getByLabel(/How did you check it\?/)
      .fill(
        'Licence DEMO-MD-208871 found active until 31 May 2029 on the Medical Board of California register',
      )
    await sam.waitForTimeout(500)
    await shot(sam, 'dialog')
    await submit.click()
    await sam
      .getByText(`Credential verified: ${helen} may sign off clinical content`)
      .first()
      .waitFor({timeout: 30_000})

    await sam
      .getByTestId('credential-standing')
      .getByText(/^Verified until 31 May 2029 by Sam Lee$/)
      .waitFor({timeout: 30_000})
    expect(await sam.getByTestId('credential-next-step').count()).toBe(0)
    await sam.getByText(/How it was checked: Licence DEMO-MD-208871 found active/).waitFor()
    await entry(sam, helen)
      .getByText(/^Verified until 31 May 2029 by Sam Lee$/)
      .waitFor({timeout: 30_000})
    await shot(sam, 'list')
  })

  it('an administrator revokes a credential with a reason, and the list says so', async () => {
    await entry(sam, 'Dr. Daniel Reyes').click()
    await sam.getByRole('tab', {name: 'Credential', exact: true}).click()
    await sam
      .getByTestId('credential-standing')
      .getByText(/^Verified until 30 Nov 2028/)
      .waitFor()
    await sam.getByRole('button', {name: 'Open document actions'}).click()
    await sam.getByRole('menuitem', {name: 'Revoke credential'}).click()
    const dialog = sam.getByRole('dialog')
    await dialog.getByText('Revoke Dr. Daniel Reyes’s credential').waitFor()
    await dialog.getByLabel(/Reason/).fill('Licence suspended by the Medical Board of California')
    await sam.waitForTimeout(500) // the dialog fades in
    await shot(sam, 'revoke-dialog')
    await dialog.getByRole('button', {name: 'Revoke credential'}).click()
    await sam
      .getByText('Credential revoked: Dr. Daniel Reyes can no longer sign off')
      .first()
      .waitFor({timeout: 30_000})
    await entry(sam, 'Dr. Daniel Reyes')
      .getByText(/^Revoked on .* by Sam Lee: Licence suspended by the Medical Board of California$/)
      .waitFor({timeout: 30_000})
    expect(await sam.getByTestId('credential-standing').innerText()).toMatch(
      /Credential revoked[\s\S]*Revoked on .* by Sam Lee: Licence suspended/,
    )
    await shot(sam, 'list-after-revocation')
  })
})
