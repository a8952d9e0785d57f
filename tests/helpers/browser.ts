import {mkdirSync} from 'node:fs'
import path from 'node:path'
import {chromium, type Browser, type Page} from 'playwright-core'
import {root} from '@vetted/scripts/steps'

export const artifactsDir = path.join(root, 'test-artifacts')

/** Debian's Chromium, as this machine has it (Playwright's own download is not available). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-gpu',
      '--disable-dev-shm-usage',
    ],
  })
}

/** Saves a full-page screenshot under test-artifacts/<suite>/<name>.png. */
export async function screenshot(page: Page, suite: string, name: string): Promise<string> {
  const dir = path.join(artifactsDir, suite)
  mkdirSync(dir, {recursive: true})
  const file = path.join(dir, `${name}.png`)
  await page.screenshot({path: file, fullPage: true})
  return file
}
