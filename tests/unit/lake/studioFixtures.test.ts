import {readFileSync, readdirSync, statSync} from 'node:fs'
import path from 'node:path'
import {root} from '@vetted/scripts/steps'
import {describe, expect, it} from 'vitest'
import {recordedStudioQueries} from './query/corpus.ts'

// The Studio's traffic recorded against the lake (tests/fixtures/studio/README.md): what the
// differential corpus and the listener tests read. A re-recording must keep these true.
const dir = path.join(root, 'tests', 'fixtures', 'studio')
const read = (file: string) => readFileSync(path.join(dir, file), 'utf8')

interface Recorded {
  at: number
  method: string
  path: string
  query: Record<string, string | string[]>
  resourceType: string
  status?: number
  contentType?: string
  auth?: string
}
const requests = read('studio-6.16-requests.jsonl')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Recorded)
const endpoint = (request: Recorded) => request.path.replace(/^\/v[^/]+/, '')

describe('the recorded Studio traffic', () => {
  const recorded = readdirSync(dir).filter((file) => /\.(jsonl|json|txt)$/.test(file))

  it.each(recorded)('%s holds no credential and stays small', (file) => {
    const text = read(file)
    // The lake's tokens are "sk" and 40 base64url characters.
    expect(text).not.toMatch(/sk[\w-]{40}/)
    expect(text).not.toMatch(/Bearer (?!<token>)/)
    expect(text).not.toMatch(/sid=(?!<sid>)/)
    expect(text).not.toMatch(/"token\\?"\s*:\s*\\?"(?!<token>)/)
    expect(text.toLowerCase()).not.toContain('cookie')
    expect(statSync(path.join(dir, file)).size).toBeLessThan(100_000)
  })

  it('redacts every Authorization header the Studio sent', () => {
    expect(recorded.length).toBeGreaterThanOrEqual(4)
    expect(new Set(requests.flatMap((request) => request.auth ?? []))).toEqual(
      new Set(['Bearer <token>']),
    )
  })

  it('is a session that signed in, queried, listened and saved an edit', () => {
    expect(requests.length).toBeGreaterThan(20)
    const times = requests.map((request) => request.at)
    expect(times).toEqual(requests.map((request) => request.at).sort((a, b) => a - b))
    const ofEndpoint = (pattern: RegExp) =>
      requests.filter((request) => pattern.test(`${request.method} ${endpoint(request)}`))
    expect(ofEndpoint(/^GET \/auth\/fetch$/).map((request) => request.status)).toEqual([200])
    const queries = ofEndpoint(/^(GET|POST) \/data\/query\//)
    expect(queries.length).toBeGreaterThan(5)
    expect(new Set(queries.map((request) => request.status))).toEqual(new Set([200]))
    const listens = ofEndpoint(/^GET \/data\/listen\//)
    expect(listens.length).toBeGreaterThan(1)
    for (const listen of listens) {
      expect(listen.status).toBe(200)
      expect(listen.contentType).toContain('text/event-stream')
    }
    const saves = ofEndpoint(/^POST \/data\/(actions|mutate)\//)
    expect(saves.length).toBeGreaterThan(0)
    expect(new Set(saves.map((request) => request.status))).toEqual(new Set([200]))
  })

  it.each(['studio-6.16-listen-document.txt', 'studio-6.16-listen-list.txt'])(
    '%s runs from its welcome to whole mutation events',
    (file) => {
      const text = read(file)
      expect(text).toMatch(/^event: welcome\ndata: \{"listenerName":"[^"]+"\}\n\n/)
      expect(text).toMatch(/\n\nid: \d+#[^\n]+\nevent: mutation\ndata: \{"documentId":/)
      expect(text.endsWith('}\n\n')).toBe(true)
    },
  )

  it("yields the Studio's distinct queries for the differential corpus, each with its params", () => {
    const queries = recordedStudioQueries()
    expect(queries.length).toBeGreaterThan(5)
    expect(new Set(queries.map((entry) => entry.name)).size).toBe(queries.length)
    expect(queries.some((entry) => Object.keys(entry.params ?? {}).length > 0)).toBe(true)
  })
})
