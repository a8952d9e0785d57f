import type {Page} from 'playwright-core'
import type {TestLake} from '../../../tests/helpers/lake.ts'
import type {captureTraffic} from './capture.ts'
import {firstEvents, tapListener} from './listenTap.ts'

export const editor = 'pMayaOkafor'
/** Appended to the title of the article the recording edits. */
export const titleEdit = ' (recorded edit)'

type Capture = Awaited<ReturnType<typeof captureTraffic>>

export interface RecordedSession {
  /** The article edited: its published id and its title before and after. */
  edited: {id: string; title: string; editedTitle: string}
  /** The document's own listener (the Studio's pair listener on its published and draft ids). */
  document: {url: string; text: string}
  /** The document list's listener. */
  list: {url: string; text: string}
}

const log = (message: string) => console.log(`  ${message}`)

async function until<T>(probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const found = probe()
    if (found !== undefined) return found
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

const eventAbout = (id: string) => (text: string) =>
  text
    .slice(0, text.lastIndexOf('\n\n'))
    .split('\n\n')
    .some((event) => /^event: mutation$/m.test(event) && event.includes(`"documentId":"${id}"`))

/**
 * What an editor does: signs in through the lake's login page, opens the Articles list, opens
 * its first article and adds to its title, then waits for the Studio to save it. While the article is
 * open, the list's and the document's listeners are tapped from Node (same URL, same user).
 */
export async function editAnArticle(
  page: Page,
  lake: TestLake,
  capture: Capture,
): Promise<RecordedSession> {
  await page.goto(`${lake.httpsUrl}/studio/`)
  await page.getByText('Local lake').first().click()
  await page.locator(`a.user[data-user-id="${editor}"]`).click()
  await page.getByText('Articles', {exact: true}).first().waitFor({timeout: 60_000})
  log('signed in as the clinical editor')

  // The list's first article (newest first, as the Studio sorts it): whichever the demo has.
  const first = await lake
    .client(editor)
    .fetch<{_id: string; title: string} | null>(
      '*[_type == "article" && defined(title)] | order(_updatedAt desc)[0]{_id, title}',
      {},
      {perspective: 'drafts'},
    )
  if (!first) throw new Error('the demo dataset has no article with a title')
  const edited = {
    id: first._id.replace(/^drafts\./, ''),
    title: first.title,
    editedTitle: `${first.title}${titleEdit}`,
  }
  const before = capture.listens().length
  await page.getByText('Articles', {exact: true}).first().click()
  await page.getByText(edited.title, {exact: true}).first().waitFor({timeout: 30_000})
  const listListen = await until(
    () =>
      capture
        .listens()
        .slice(before)
        .find((listen) => /"article"|\barticle\b/.test(decodeURIComponent(listen.url))),
    10_000,
    "the Articles list's listener",
  )
  log(`the list is open; its listener: ${listListen.query.replace(/\s+/g, ' ').slice(0, 120)}`)
  const token = lake.token(editor)
  const listTap = await tapListener(`${lake.httpUrl}${listListen.url}`, token)
  await listTap.until((text) => text.includes('event: welcome'), 10_000, 'the welcome')

  const opened = capture.listens().length
  await page.getByText(edited.title, {exact: true}).first().click()
  const title = page.locator('input#title')
  await title.waitFor({timeout: 30_000})
  const documentListen = await until(
    () =>
      capture
        .listens()
        .slice(opened)
        .find((listen) => listen.url.includes(edited.id)),
    10_000,
    "the document's listener",
  )
  log(`the document is open; its listener: ${documentListen.query.replace(/\s+/g, ' ')}`)
  const documentTap = await tapListener(`${lake.httpUrl}${documentListen.url}`, token)
  await documentTap.until((text) => text.includes('event: welcome'), 10_000, 'the welcome')

  await title.fill(edited.editedTitle)
  const draftId = `drafts.${edited.id}`
  await until(
    () => (eventAbout(draftId)(documentTap.text()) ? true : undefined),
    30_000,
    `a mutation event for ${draftId}`,
  )
  await page.getByText(/^Saving/).waitFor({state: 'detached', timeout: 30_000})
  const saved = await lake
    .client(editor)
    .fetch('*[_id == $id][0].title', {id: draftId}, {perspective: 'raw'})
  if (saved !== edited.editedTitle) throw new Error(`the draft's title is ${JSON.stringify(saved)}`)
  log('the edit is saved as a draft')
  // What the Studio does after a save (history, validation, previews) arrives in a moment.
  await page.waitForTimeout(3_000)
  await listTap
    .until(eventAbout(draftId), 10_000, `the list's event for ${draftId}`)
    .catch((error: unknown) => log(String(error).split('\n')[0] ?? ''))
  await Promise.all([documentTap.close(), listTap.close()])
  return {
    edited,
    document: {url: documentListen.url, text: firstEvents(documentTap.text(), 2)},
    list: {url: listListen.url, text: firstEvents(listTap.text(), 2)},
  }
}
