import {readFileSync} from 'node:fs'
import path from 'node:path'
import {root} from '@vetted/scripts/steps'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {readStreamUntil, record, streamReader} from '../../helpers/events.ts'
import {apiVersion, startTestLake, type TestLake} from '../../helpers/lake.ts'

let lake: TestLake

beforeAll(async () => {
  lake = await startTestLake()
})
afterAll(() => lake?.stop())

type ListenEvent = Record<string, unknown> & {type: string}

// The Studio's listeners as it opened them, recorded against the lake with
// `node scripts/recordStudioTraffic.ts` (tests/fixtures/studio/README.md).
const fixtures = path.join(root, 'tests', 'fixtures', 'studio')

interface StreamEvent {
  id?: string
  event: string
  data: Record<string, unknown>
}

/** The complete events in a text/event-stream body (a trailing partial event is left out). */
function parseEvents(text: string): StreamEvent[] {
  return text
    .slice(0, text.lastIndexOf('\n\n'))
    .split('\n\n')
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const fields = new Map<string, string>()
      for (const line of block.split('\n')) {
        const colon = line.indexOf(': ')
        if (colon > 0) fields.set(line.slice(0, colon), line.slice(colon + 2))
      }
      const id = fields.get('id')
      return {
        ...(id !== undefined && {id}),
        event: fields.get('event') ?? 'message',
        data: JSON.parse(fields.get('data') ?? '{}') as Record<string, unknown>,
      }
    })
}

/** The recorded stream's welcome and its first mutation event. */
function recordedStream(file: string) {
  const events = parseEvents(readFileSync(path.join(fixtures, file), 'utf8'))
  const welcome = events.find((event) => event.event === 'welcome')
  const mutation = events.find((event) => event.event === 'mutation')
  if (!welcome || !mutation) throw new Error(`${file} lacks a welcome or a mutation event`)
  return {first: events[0], welcome, mutation}
}

/** The path and query string of the listener the Studio opened with this tag. */
function recordedListenRequest(tag: string): string {
  const requests = readFileSync(path.join(fixtures, 'studio-6.16-requests.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as {path: string; query: Record<string, string>})
  const request = requests.find(
    (candidate) => candidate.path.includes('/data/listen/') && candidate.query['tag'] === tag,
  )
  if (!request) throw new Error(`no recorded listener tagged ${tag}`)
  return `${request.path}?${new URLSearchParams(request.query)}`
}

/** Reads a text/event-stream response as events: `until(done)` waits, `close` stops. */
function eventStream(response: Response) {
  const reader = response.body?.getReader()
  if (!reader) throw new Error('the response has no body')
  const decoder = new TextDecoder()
  let text = ''
  let events: StreamEvent[] = []
  return {
    async until(done: (events: StreamEvent[]) => boolean): Promise<StreamEvent[]> {
      while (!done(events)) {
        const chunk = await reader.read()
        if (chunk.done) throw new Error(`the stream ended; got:\n${text}`)
        text += decoder.decode(chunk.value, {stream: true})
        events = parseEvents(text)
      }
      return events
    },
    close: () => reader.cancel(),
  }
}

function listen(userId: string, query: string, params: Record<string, unknown>, options = {}) {
  const events = lake
    .client(userId)
    .listen(query, params, {events: ['welcome', 'mutation'], ...options})
  return record<ListenEvent>(events as never)
}

/**
 * Opens the listener the Studio opened (its recorded path and query string, verbatim), writes
 * to the recorded event's document as the same editor, and returns the recorded and the live
 * stream: the create's and the patch's events, after the welcome.
 */
async function replayRecordedListener(tag: string, file: string) {
  const recorded = recordedStream(file)
  const documentId = String(recorded.mutation.data['documentId'])
  const result = recorded.mutation.data['result'] as {_type?: string} | undefined
  const identity = String(recorded.mutation.data['identity'])
  const response = await fetch(`${lake.httpUrl}${recordedListenRequest(tag)}`, {
    headers: {authorization: `Bearer ${lake.token(identity)}`},
  })
  expect(response.headers.get('content-type')).toContain('text/event-stream')
  const writer = lake.client(identity)
  const createTx = `tx-create-${tag}`
  const patchTx = `tx-replay-${tag}`
  const ofPatch = (event: StreamEvent) => event.data['transactionId'] === patchTx
  const stream = eventStream(response)
  await stream.until((events) => events.some((event) => event.event === 'welcome'))
  await writer
    .transaction()
    .createIfNotExists({_id: documentId, _type: result?._type ?? 'article', title: 'Recorded'})
    .commit({transactionId: createTx})
  // Neither recorded listener matches a condition with another id.
  await lake.client('pSamLee').create({_id: `unrelated-${tag}`, _type: 'condition'})
  await writer.patch(documentId).set({title: 'Replayed'}).commit({transactionId: patchTx})
  const events = await stream.until((received) => received.some(ofPatch))
  await stream.close()
  const created = events.find((event) => event.data['transactionId'] === createTx)
  return {recorded, events, documentId, created, patch: events.find(ofPatch), identity}
}

describe('GET /data/listen', () => {
  it('reports a create, a patch and a publish with the chained revisions the Studio needs', async () => {
    const recorder = listen('pMayaOkafor', '*[_type == $type]', {type: 'article'})
    await recorder.waitFor((event) => event.type === 'welcome')
    const writer = lake.client('pSamLee')

    await writer
      .transaction()
      .create({_id: 'drafts.article-seed-002', _type: 'article', title: 'New'})
      .commit({transactionId: 'tx-create-002'})
    const [created] = await recorder.waitFor((event) => event.transactionId === 'tx-create-002')
    expect(created).toMatchObject({
      type: 'mutation',
      documentId: 'drafts.article-seed-002',
      eventId: 'tx-create-002#drafts.article-seed-002',
      transactionId: 'tx-create-002',
      identity: 'pSamLee',
      transition: 'appear',
      visibility: 'query',
      resultRev: 'tx-create-002',
      timestamp: expect.any(String),
      transactionTotalEvents: 1,
      transactionCurrentEvent: 1,
      result: {_id: 'drafts.article-seed-002', title: 'New', _rev: 'tx-create-002'},
    })
    expect(created).not.toHaveProperty('previousRev')
    expect(created?.mutations).toEqual([
      {create: expect.objectContaining({_id: 'drafts.article-seed-002', title: 'New'})},
    ])

    await writer
      .patch('drafts.article-seed-002')
      .set({title: 'Edited'})
      .commit({transactionId: 'tx-patch-002'})
    const [patched] = await recorder.waitFor((event) => event.transactionId === 'tx-patch-002')
    expect(patched).toMatchObject({
      transition: 'update',
      previousRev: 'tx-create-002',
      resultRev: 'tx-patch-002',
      result: {title: 'Edited'},
    })

    await lake.client('rPublisher').action(
      {
        actionType: 'sanity.action.document.publish',
        draftId: 'drafts.article-seed-002',
        publishedId: 'article-seed-002',
      },
      {transactionId: 'tx-publish-002'},
    )
    const published = await recorder.waitFor((event) => event.transactionId === 'tx-publish-002', 2)
    const byId = Object.fromEntries(published.map((event) => [event.documentId, event]))
    expect(byId['drafts.article-seed-002']).toMatchObject({
      transition: 'disappear',
      previousRev: 'tx-patch-002',
      transactionTotalEvents: 2,
    })
    expect(byId['drafts.article-seed-002']).not.toHaveProperty('result')
    expect(byId['article-seed-002']).toMatchObject({
      transition: 'appear',
      resultRev: 'tx-publish-002',
      transactionTotalEvents: 2,
      result: {_id: 'article-seed-002', title: 'Edited'},
    })
    expect(byId['article-seed-002']).not.toHaveProperty('previousRev')
    expect(published.map((event) => event.transactionCurrentEvent).sort()).toEqual([1, 2])
    recorder.stop()
  })

  it("answers the Studio's recorded pair listener with events shaped as the recorded ones", async () => {
    const {recorded, events, documentId, created, patch, identity} = await replayRecordedListener(
      'sanity.studio.document.pair.listen',
      'studio-6.16-listen-document.txt',
    )
    // The recording: a welcome first, then the edit's event with an id line.
    expect(recorded.first).toEqual(recorded.welcome)
    expect(recorded.mutation.id).toMatch(new RegExp(`^\\d+#${documentId}$`))
    expect(recorded.mutation.data['effects']).toEqual({
      apply: expect.any(Array),
      revert: expect.any(Array),
    })

    expect(events[0]).toEqual({event: 'welcome', data: {listenerName: expect.any(String)}})
    expect(Object.keys(events[0]?.data ?? {})).toEqual(Object.keys(recorded.welcome.data))
    expect(created?.data['effects']).toEqual({
      apply: [0, expect.objectContaining({_id: documentId, title: 'Recorded'})],
      revert: [0, null],
    })
    // The Studio sends no includeResult (see the recorded query string), so the result comes
    // too: the live event has exactly the recorded event's fields, in the same transition.
    expect(patch?.id).toMatch(new RegExp(`^\\d+#${documentId}$`))
    expect(patch?.event).toBe('mutation')
    expect(Object.keys(patch?.data ?? {}).sort()).toEqual(
      Object.keys(recorded.mutation.data).sort(),
    )
    expect(patch?.data).toMatchObject({
      documentId,
      identity,
      transition: recorded.mutation.data['transition'],
      mutations: [{patch: {id: documentId, set: {title: 'Replayed'}}}],
      effects: {apply: expect.any(Array), revert: expect.any(Array)},
      result: expect.objectContaining({_id: documentId, title: 'Replayed'}),
    })
    expect(
      events.filter((event) => String(event.data['documentId']).startsWith('unrelated-')),
    ).toEqual([])
  })

  it("answers the Studio's recorded list listener with events shaped as the recorded ones", async () => {
    const {recorded, events, documentId, patch} = await replayRecordedListener(
      'sanity.studio.listen-search-query',
      'studio-6.16-listen-list.txt',
    )
    expect(recorded.first).toEqual(recorded.welcome)
    expect(Object.keys(events[0]?.data ?? {})).toEqual(Object.keys(recorded.welcome.data))
    expect(patch?.id).toMatch(new RegExp(`^\\d+#${documentId}$`))
    expect(Object.keys(patch?.data ?? {}).sort()).toEqual(
      Object.keys(recorded.mutation.data).sort(),
    )
    expect(patch?.data).toMatchObject({
      transition: recorded.mutation.data['transition'],
      result: expect.objectContaining({_id: documentId, title: 'Replayed'}),
    })
    expect(
      events.filter((event) => String(event.data['documentId']).startsWith('unrelated-')),
    ).toEqual([])
  })

  it('answers welcome first, then events with an id line, over text/event-stream', async () => {
    const url = `${lake.httpUrl}/v${apiVersion}/data/listen/production?query=${encodeURIComponent('*[_id == "condition-x"]')}`
    const headers = {authorization: `Bearer ${lake.token('pSamLee')}`}
    const opening = await fetch(url, {headers})
    expect(opening.headers.get('content-type')).toContain('text/event-stream')
    expect(await readStreamUntil(opening, '\n\n')).toMatch(
      /^event: welcome\ndata: \{"listenerName":"[^"]+"\}\n\n$/,
    )

    const stream = streamReader(await fetch(url, {headers}))
    await stream.until('event: welcome')
    await lake.client('pSamLee').create({_id: 'condition-x', _type: 'condition'})
    const text = await stream.until('"transactionCurrentEvent":1}\n\n')
    await stream.close()
    expect(text).toMatch(
      /\n\nid: \d+#condition-x\nevent: mutation\ndata: \{"documentId":"condition-x".*\}\n\n$/,
    )
  })

  it('resumes from Last-Event-ID with welcomeback and the missed events', async () => {
    const writer = lake.client('pSamLee')
    await writer
      .transaction()
      .create({_id: 'condition-y', _type: 'condition', v: 1})
      .commit({transactionId: 'tx-y1'})
    const resume = (query: string, lastEventId: string) =>
      fetch(
        `${lake.httpUrl}/v${apiVersion}/data/listen/production?query=${encodeURIComponent(query)}&enableResume=true`,
        {headers: {authorization: `Bearer ${lake.token('pSamLee')}`, 'last-event-id': lastEventId}},
      )
    const replay = await readStreamUntil(await resume('*', '0#x'), 'tx-y1#condition-y')
    expect(replay.startsWith('event: welcomeback\n')).toBe(true)
    const lastId = /id: (\d+#condition-y)\n/.exec(replay)?.[1] ?? ''

    await writer.patch('condition-y').set({v: 2}).commit({transactionId: 'tx-y2'})
    const missed = await readStreamUntil(
      await resume('*[_id == "condition-y"]', lastId),
      'tx-y2#condition-y',
    )
    expect(missed.startsWith('event: welcomeback\n')).toBe(true)
    expect(missed).not.toContain('tx-y1#condition-y')
    expect(missed).toContain('"previousRev":"tx-y1"')

    const tooFar = await readStreamUntil(await resume('*', '999999#x'), '\n\n')
    expect(tooFar).toBe('event: reset\ndata: {}\n\n')
  })

  it('reports a parse error in the listener query as a channelError', async () => {
    const recorder = listen('pSamLee', '*[_type == ', {})
    await expect(recorder.waitFor(() => false, 1, 5_000)).rejects.toMatchObject({
      name: 'ChannelError',
    })
  })
})
