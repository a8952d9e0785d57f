import type {Browser, Locator, Page} from 'playwright-core'
import {screenshot} from '../../helpers/browser.ts'
import type {StudioHarness} from './studioHarness.ts'

export const suite = 'studio'
export const articleTitle = 'Easing a Lower Back Spasm'

/** A browser session logged in to the Studio as one demo person (token login, as the lake issues). */
export async function studioAs(browser: Browser, harness: StudioHarness, userId: string) {
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    viewport: {width: 1440, height: 1000},
  })
  await context.addInitScript(
    (token) => localStorage.setItem('__studio_auth_token_local', JSON.stringify({token})),
    harness.lake.token(userId),
  )
  const page = await context.newPage()
  await page.goto(`${harness.studioUrl}/`)
  return page
}

export async function openArticle(page: Page, title = articleTitle) {
  await page.getByText('Articles', {exact: true}).first().click()
  await page.getByText(title, {exact: true}).first().click()
  await page.getByRole('tab', {name: 'Editor'}).waitFor()
}

const blockSelector = (key: string) => `[data-pt-path='[_key=="${key}"]']`

/** Selects all the text of one Portable Text block, the way a person drags across it. */
async function selectBlock(page: Page, key: string) {
  await page
    .locator(`${blockSelector(key)} [data-pt-text="true"]`)
    .first()
    .click()
  await page.evaluate((selector) => {
    // Typing leaves several text nodes in one span: the range runs from the first to the last.
    const nodes: Text[] = []
    for (const span of document
      .querySelector(selector)
      ?.querySelectorAll('[data-pt-text="true"]') ?? []) {
      const walker = document.createTreeWalker(span, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text)
    }
    const first = nodes[0]
    const last = nodes.at(-1)
    if (!first || !last) throw new Error(`no text in ${selector}`)
    const range = document.createRange()
    range.setStart(first, 0)
    range.setEnd(last, last.length)
    window.getSelection()?.removeAllRanges()
    window.getSelection()?.addRange(range)
  }, blockSelector(key))
  await page.waitForTimeout(700)
}

/** Replaces a paragraph's words in the body editor, and waits until the editor shows them. */
export async function rewriteBlock(page: Page, key: string, text: string) {
  await selectBlock(page, key)
  await page.keyboard.type(text)
  const block = page.locator(blockSelector(key))
  await block.getByText(text, {exact: true}).waitFor({timeout: 15_000})
}

/**
 * Marks a one-line paragraph as backed by a citation, picked by searching for it: the
 * words are selected from the keyboard (End, then Shift+Home), as a person would.
 */
export async function citeBlock(page: Page, key: string, search: string) {
  // Right after typing the editor is still settling, and a selection made then can be lost.
  await waitUntilSaved(page)
  const text = page.locator(`${blockSelector(key)} [data-pt-text="true"]`).last()
  await text.click()
  await page.waitForTimeout(800)
  await page.keyboard.press('End')
  await page.keyboard.press('Shift+Home')
  await page.waitForTimeout(800)
  await page.getByRole('button', {name: 'Cite a source'}).first().click()
  await page.getByPlaceholder('Type to search').fill(search)
  await page.locator('[data-ui="AutocompleteOption"] button').first().click()
  await page.keyboard.press('Escape')
}

export async function waitUntilSaved(page: Page) {
  await page
    .getByText(/^Saving/)
    .waitFor({state: 'detached', timeout: 30_000})
    .catch(() => undefined)
  await page.waitForTimeout(1500)
}

export function footerButton(page: Page, name: string): Locator {
  return page.getByRole('button', {name, exact: true}).last()
}

/** Opens the document's action menu ("…" beside the primary action) and returns an item. */
export async function menuAction(page: Page, name: string): Promise<Locator> {
  await page.getByRole('button', {name: 'Open document actions'}).click()
  return page.getByRole('menuitem', {name})
}

let shots = 0

/** A screenshot of this step, numbered in the order the steps ran. */
export async function shot(page: Page, name: string) {
  shots += 1
  return screenshot(page, suite, `${String(shots).padStart(2, '0')}-${name}`)
}
