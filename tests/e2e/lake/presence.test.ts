import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {launchChromium, screenshot} from '../../helpers/browser.ts'
import type {TestLake} from '../../helpers/lake.ts'
import {startStudioLake, type StudioLake} from './studioLake.ts'

// Two unmodified Studios in two browser profiles, talking presence through the lake's
// WebSocket: the clinical editor and the medical reviewer in the same article.
let lake: TestLake
let studio: StudioLake
let browser: Browser
let maya: Page
let daniel: Page
const socketUrls: string[] = []
/** What the Studios logged about their socket (bifur-client warns on frames it cannot read). */
const socketComplaints: string[] = []

const names = {maya: 'Maya Okafor', daniel: 'Dr. Daniel Reyes'}
const article = 'Easing a Lower Back Spasm'

/** The avatar the Studio shows for `name` (@sanity/ui's Avatar: aria-label = display name). */
const avatar = (page: Page, name: string, within = 'body') =>
  page.locator(`${within} [data-ui="Avatar"][aria-label="${name}"]`)
const documentPresence = '[data-testid="document-level-presence"]'

async function studioAs(userId: string): Promise<Page> {
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    viewport: {width: 1440, height: 1000},
  })
  const page = await context.newPage()
  page.on('websocket', (socket) => socketUrls.push(socket.url()))
  page.on('console', (message) => {
    if (/websocket|jsonrpc|unable to parse|presence/i.test(message.text()))
      socketComplaints.push(message.text())
  })
  await page.goto(`${lake.httpsUrl}/studio/`)
  await page.getByText('Local lake').first().click()
  await page.locator(`a.user[data-user-id="${userId}"]`).click()
  await page.getByText('Articles', {exact: true}).first().click({timeout: 60_000})
  await page.getByText(article, {exact: true}).first().click()
  await page.locator('input#title').waitFor()
  return page
}

beforeAll(async () => {
  studio = await startStudioLake('presence')
  lake = studio.lake
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await studio?.stop()
})

describe('presence between two Studios through the local lake', () => {
  it('shows the editor and the reviewer each other in the open article', async () => {
    maya = await studioAs('pMayaOkafor')
    daniel = await studioAs('pDanielReyes')

    await avatar(maya, names.daniel, documentPresence).waitFor({timeout: 30_000})
    await avatar(daniel, names.maya, documentPresence).waitFor({timeout: 30_000})
    // Nobody is shown to themselves.
    expect(await avatar(maya, names.maya, documentPresence).count()).toBe(0)
    expect(await avatar(daniel, names.daniel, documentPresence).count()).toBe(0)
    // The socket the Studio opened: over the HTTPS port, as its bifur client builds the URL.
    const port = new URL(lake.httpsUrl).port
    expect(socketUrls).toContain(
      `wss://localhost:${port}/v2022-06-30/socket/production?tag=sanity.studio`,
    )
    expect(socketComplaints).toEqual([])
    await screenshot(maya, 'lake', '04-presence-editor-sees-reviewer')
    await screenshot(daniel, 'lake', '05-presence-reviewer-sees-editor')
  })

  it('shows where the reviewer is: his avatar moves to the field he edits', async () => {
    await daniel.locator('input#title').click()
    await expect
      .poll(() => avatar(maya, names.daniel, documentPresence).count(), {timeout: 30_000})
      .toBe(0)
    // The Studio draws field presence in an overlay, not inside the field: find it by place
    // (measured on every try: the form may still be settling its layout).
    const besideTitle = async () => {
      const title = await maya.locator('input#title').boundingBox()
      const boxes = await Promise.all(
        (await avatar(maya, names.daniel).all()).map((element) => element.boundingBox()),
      )
      return boxes.some(
        (box) =>
          box !== null &&
          title !== null &&
          box.x >= title.x &&
          box.x <= title.x + title.width &&
          box.y >= title.y - 80 &&
          box.y <= title.y + title.height,
      )
    }
    await expect.poll(besideTitle, {timeout: 30_000}).toBe(true)
    await screenshot(maya, 'lake', '06-presence-reviewer-in-title-field')
  })

  it('takes the reviewer away when his Studio closes', async () => {
    await daniel.context().close()
    await expect.poll(() => avatar(maya, names.daniel).count(), {timeout: 30_000}).toBe(0)
    await screenshot(maya, 'lake', '07-presence-reviewer-gone')
  })
})
