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

/** The fields of the recorded Studio listener event (studio-6.16-listen-sample-1.txt). */
function sampleEventFields(): string[] {
  const sample = readFileSync(
    path.join(root, '..', 'shared', 'reference', 'studio-6.16-listen-sample-1.txt'),
    'utf8',
  )
  const line = sample.split('\n').find((text) => text.startsWith('data: {"documentId"'))
  return Object.keys(JSON.parse((line ?? 'data: {}').slice('data: '.length)))
}

function listen(userId: string, query: string, params: Record<string, unknown>, options = {}) {
  const events = lake
    .client(userId)
    .listen(query, params, {events: ['welcome', 'mutation'], ...options})
  return record<ListenEvent>(events as never)
}

const mutationsOf = (recorder: {events: ListenEvent[]}, id: string) =>
  recorder.events.filter((event) => event.type === 'mutation' && event.documentId === id)

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

  it("sends the Studio pair listener's shape: mutations and mendoza effects, no result", async () => {
    const recorder = listen(
      'pMayaOkafor',
      '*[_id in $ids]',
      {ids: ['article-seed-003', 'drafts.article-seed-003']},
      {includeResult: false, effectFormat: 'mendoza', enableResume: true, includeAllVersions: true},
    )
    await recorder.waitFor((event) => event.type === 'welcome')
    await lake
      .client('pMayaOkafor')
      .create({_id: 'drafts.article-seed-003', _type: 'article', title: 'Pair'})
    await lake.client('pSamLee').create({_id: 'article-seed-999', _type: 'article'})
    const [event] = await recorder.waitFor((candidate) => candidate.type === 'mutation')
    const {type, ...data} = event ?? {type: ''}
    expect(type).toBe('mutation')
    // includeResult=false is omitted on the wire (the client drops false options), so the API
    // default (result included) applies: the recorded Studio event's fields, plus the result.
    expect(Object.keys(data).sort()).toEqual([...sampleEventFields(), 'result'].sort())
    expect(data['effects']).toEqual({
      apply: [0, expect.objectContaining({_id: 'drafts.article-seed-003', title: 'Pair'})],
      revert: [0, null],
    })
    expect(mutationsOf(recorder, 'article-seed-999')).toEqual([])
    recorder.stop()
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
