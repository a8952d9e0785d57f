// oxlint-disable no-underscore-dangle -- Sanity's system fields (_id, _type, _rev, _key, …) are underscored by contract
import {readFileSync} from 'node:fs'
import path from 'node:path'
import type {MutationEvent} from '@sanity/client'
import {root} from '@vetted/scripts/steps'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {record} from '../../helpers/events.ts'
import {apiVersion, startTestLake, type TestLake} from '../../helpers/lake.ts'

let lake: TestLake

beforeAll(async () => {
  lake = await startTestLake()
})
afterAll(() => lake?.stop())

type ListenEvent = {type: string} & Partial<MutationEvent> & Record<string, unknown>

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
    expect(data.effects).toEqual({
      apply: [0, expect.objectContaining({_id: 'drafts.article-seed-003', title: 'Pair'})],
      revert: [0, null],
    })
    expect(mutationsOf(recorder, 'article-seed-999')).toEqual([])
    recorder.stop()
  })

  it('answers welcome first, then events with an id line, over text/event-stream', async () => {
    const url = `${lake.httpUrl}/v${apiVersion}/data/listen/production?query=${encodeURIComponent('*[_id == "condition-x"]')}`
    const aborter = new AbortController()
    const response = await fetch(url, {
      headers: {authorization: `Bearer ${lake.token('pSamLee')}`},
      signal: aborter.signal,
    })
    expect(response.headers.get('content-type')).toContain('text/event-stream')
    const reader = response.body?.getReader()
    const decoder = new TextDecoder()
    let text = ''
    const readUntil = async (needle: string) => {
      while (reader && !text.includes(needle)) {
        const {value, done} = await reader.read()
        if (done) break
        text += decoder.decode(value)
      }
    }
    await readUntil('\n\n')
    expect(text).toMatch(/^event: welcome\ndata: \{"listenerName":"[^"]+"\}\n\n/)
    await lake.client('pSamLee').create({_id: 'condition-x', _type: 'condition'})
    await readUntil('event: mutation')
    await readUntil('\n\n')
    expect(text).toMatch(
      /\nid: \d+#condition-x\nevent: mutation\ndata: \{"documentId":"condition-x"/,
    )
    aborter.abort()
  })

  it('resumes from Last-Event-ID with welcomeback and the missed events', async () => {
    const writer = lake.client('pSamLee')
    await writer
      .transaction()
      .create({_id: 'condition-y', _type: 'condition', v: 1})
      .commit({transactionId: 'tx-y1'})
    const seqOf = async () => {
      const response = await fetch(
        `${lake.httpUrl}/v${apiVersion}/data/listen/production?query=*&enableResume=true`,
        {headers: {authorization: `Bearer ${lake.token('pSamLee')}`, 'last-event-id': '0#x'}},
      )
      const reader = response.body?.getReader()
      let text = ''
      while (reader && !text.includes('tx-y1#condition-y')) {
        const {value, done} = await reader.read()
        if (done) break
        text += new TextDecoder().decode(value)
      }
      await reader?.cancel()
      return text
    }
    const replay = await seqOf()
    expect(replay.startsWith('event: welcomeback\n')).toBe(true)
    const lastId = /id: (\d+#condition-y)\n/.exec(replay)?.[1] ?? ''
    await writer.patch('condition-y').set({v: 2}).commit({transactionId: 'tx-y2'})

    const response = await fetch(
      `${lake.httpUrl}/v${apiVersion}/data/listen/production?query=${encodeURIComponent('*[_id == "condition-y"]')}&enableResume=true`,
      {headers: {authorization: `Bearer ${lake.token('pSamLee')}`, 'last-event-id': lastId}},
    )
    const reader = response.body?.getReader()
    let text = ''
    while (reader && !text.includes('tx-y2#condition-y')) {
      const {value, done} = await reader.read()
      if (done) break
      text += new TextDecoder().decode(value)
    }
    await reader?.cancel()
    expect(text.startsWith('event: welcomeback\n')).toBe(true)
    expect(text).not.toContain('tx-y1#condition-y')
    expect(text).toContain('"previousRev":"tx-y1"')
  })

  it('reports a parse error in the listener query as a channelError', async () => {
    const recorder = listen('pSamLee', '*[_type == ', {})
    await expect(recorder.waitFor(() => false, 1, 5_000)).rejects.toMatchObject({
      name: 'ChannelError',
    })
  })
})
