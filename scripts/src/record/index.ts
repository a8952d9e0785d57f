import {execFileSync} from 'node:child_process'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {launchChromium, screenshot} from '../../../tests/helpers/browser.ts'
import {startStudioLake} from '../../../tests/e2e/lake/studioLake.ts'
import {root} from '../steps.ts'
import {captureTraffic, type RecordedRequest} from './capture.ts'
import {redactor} from './redact.ts'
import {editAnArticle, editor, titleEdit} from './session.ts'

const git = (...args: string[]) => execFileSync('git', args, {cwd: root, encoding: 'utf8'}).trim()

export const fixturesDir = path.join(root, 'tests', 'fixtures', 'studio')
const versionOf = (...packageDir: string[]) =>
  (
    JSON.parse(readFileSync(path.join(root, ...packageDir, 'package.json'), 'utf8')) as {
      version: string
    }
  ).version

/** `GET /v2025-02-19/data/query/production` → `GET /data/query/production`. */
export const endpointOf = (entry: Pick<RecordedRequest, 'method' | 'path'>) =>
  `${entry.method} ${entry.path.replace(/^\/v[^/]+/, '').replace(/^\/(data\/\w+\/[^/]+)\/.*$/, '/$1/…')}`

const describe = (entry: RecordedRequest) =>
  `${entry.method} ${entry.path} (${entry.query['tag'] ?? 'no tag'}) → ${entry.status ?? ''}${entry.failure ? ` ${entry.failure}` : ''}`

function countBy(entries: RecordedRequest[]) {
  const counts: Record<string, number> = {}
  for (const entry of entries) counts[endpointOf(entry)] = (counts[endpointOf(entry)] ?? 0) + 1
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)))
}

/**
 * Records the real Studio against the lake: builds it, starts a lake with the demo dataset,
 * edits an article in Chromium and writes what the Studio asked and the lake answered.
 */
export async function recordStudioTraffic(outDir = fixturesDir) {
  const version = versionOf('studio', 'node_modules', 'sanity')
  console.log(`Building Studio ${version} and starting a lake with the demo dataset…`)
  const studio = await startStudioLake('record')
  const {lake} = studio
  const browser = await launchChromium()
  try {
    const context = await browser.newContext({
      ignoreHTTPSErrors: true,
      viewport: {width: 1440, height: 1000},
    })
    const page = await context.newPage()
    const started = Date.now()
    const secrets = lake.users.map((user) => user.token)
    const capture = await captureTraffic(context, page, {origin: lake.httpsUrl, secrets, started})
    console.log(`Recording at ${lake.httpsUrl}/studio/`)
    const session = await editAnArticle(page, lake, capture).catch(async (error: unknown) => {
      const shot = await screenshot(page, 'record', 'failure').catch(() => 'no screenshot')
      console.error(`The recording failed; the page then: ${shot}`)
      throw error
    })
    await context.close()
    await capture.settle()

    const redact = redactor(secrets)
    const entries = capture.entries()
    // Named by minor version, as the Studio's behaviour is (studio-6.16-requests.jsonl).
    const prefix = `studio-${version.split('.').slice(0, 2).join('.')}`
    mkdirSync(outDir, {recursive: true})
    const files = {
      requests: `${prefix}-requests.jsonl`,
      listenDocument: `${prefix}-listen-document.txt`,
      listenList: `${prefix}-listen-list.txt`,
    }
    writeFileSync(
      path.join(outDir, files.requests),
      entries.map((entry) => redact(JSON.stringify(entry))).join('\n') + '\n',
    )
    writeFileSync(path.join(outDir, files.listenDocument), redact(session.document.text))
    writeFileSync(path.join(outDir, files.listenList), redact(session.list.text))
    // Event streams end aborted when the page closes; the Studio cancels some fetches itself.
    const aborted = entries.filter(
      (entry) => entry.failure === 'net::ERR_ABORTED' && entry.resourceType !== 'websocket',
    )
    const failed = entries.filter(
      (entry) => (entry.status ?? 0) >= 400 || (entry.failure && !aborted.includes(entry)),
    )
    const recording = {
      recordedAt: new Date(started).toISOString(),
      studio: `sanity@${version}`,
      chromium: browser.version(),
      playwrightCore: versionOf('scripts', 'node_modules', 'playwright-core'),
      node: process.version,
      commit: git('rev-parse', 'HEAD'),
      uncommittedChanges: git('status', '--porcelain').length > 0,
      dataset: 'demo dataset (scripts/datasetSeed.ts)',
      steps: [
        `sign in through the lake's login page as ${editor}`,
        'open Articles',
        `open its first article, "${session.edited.title}" (${session.edited.id})`,
        `add "${titleEdit}" to its title and wait for the draft to save`,
      ],
      files,
      listeners: {
        [files.listenDocument]: redact(session.document.url),
        [files.listenList]: redact(session.list.url),
      },
      requests: entries.length,
      byEndpoint: countBy(entries),
      failed: failed.map(describe),
      aborted: aborted.map(describe),
      notTheLake: [...new Set(capture.others())],
    }
    writeFileSync(path.join(outDir, 'recording.json'), `${JSON.stringify(recording, null, 2)}\n`)
    return recording
  } finally {
    await browser.close()
    await studio.stop()
  }
}
