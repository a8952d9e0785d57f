import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {apiVersion, startTestLake, type TestLake} from '../../helpers/lake.ts'

let lake: TestLake

beforeAll(async () => {
  lake = await startTestLake()
  const maya = lake.client('pMayaOkafor')
  await maya
    .transaction()
    .create({_id: 'drafts.article-h', _type: 'article', title: 'First'})
    .commit({transactionId: 'tx-h1'})
  await maya
    .transaction()
    .patch('drafts.article-h', (patch) => patch.set({title: 'Second'}))
    .commit({transactionId: 'tx-h2'})
  await lake.client('rPublisher').action(
    {
      actionType: 'sanity.action.document.publish',
      draftId: 'drafts.article-h',
      publishedId: 'article-h',
    },
    {transactionId: 'tx-h3'},
  )
})
afterAll(() => lake?.stop())

async function get(path: string, userId: string) {
  const response = await fetch(`${lake.httpUrl}/v${apiVersion}${path}`, {
    headers: {authorization: `Bearer ${lake.token(userId)}`},
  })
  return {status: response.status, text: await response.text()}
}

describe('GET /data/history/{ds}/transactions/{ids}', () => {
  it('answers NDJSON: one line per transaction with author, documents and mendoza effects', async () => {
    const {status, text} = await get(
      '/data/history/production/transactions/article-h,drafts.article-h?excludeContent=true&includeIdentifiedDocumentsOnly=true&effectFormat=mendoza',
      'pSamLee',
    )
    expect(status).toBe(200)
    const lines = text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(lines.map((line) => [line.id, line.author])).toEqual([
      ['tx-h1', 'pMayaOkafor'],
      ['tx-h2', 'pMayaOkafor'],
      ['tx-h3', 'rPublisher'],
    ])
    expect(lines[2].documentIDs.sort()).toEqual(['article-h', 'drafts.article-h'])
    expect(lines[0].effects['drafts.article-h']).toEqual({
      apply: [0, expect.objectContaining({title: 'First'})],
      revert: [0, null],
    })
    expect(typeof lines[0].timestamp).toBe('string')
  })

  it('lets the Studio page backwards with reverse, limit and toTransaction', async () => {
    const {text} = await get(
      '/data/history/production/transactions/drafts.article-h?reverse=true&limit=2&excludeMutations=true',
      'pSamLee',
    )
    const ids = text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).id)
    expect(ids).toEqual(['tx-h3', 'tx-h2'])
  })

  it('needs the history permission: a contributor has it on drafts only', async () => {
    const published = await get('/data/history/production/transactions/article-h', 'pMayaOkafor')
    expect(published.status).toBe(403)
    expect(JSON.parse(published.text).error.description).toContain('permission "history"')
    const draft = await get('/data/history/production/transactions/drafts.article-h', 'pMayaOkafor')
    expect(draft.status).toBe(200)
  })
})

describe('GET /data/history/{ds}/documents/{ids}', () => {
  it('answers a document as it was at a revision, and at a time', async () => {
    const client = lake.client('rSiteReader')
    const atFirst = await client.request({
      url: '/data/history/production/documents/drafts.article-h?revision=tx-h1',
    })
    expect(atFirst.documents).toEqual([
      expect.objectContaining({_id: 'drafts.article-h', title: 'First', _rev: 'tx-h1'}),
    ])
    const published = await client.getDocument('article-h')
    const atPublish = await client.request({
      url: `/data/history/production/documents/article-h?time=${published?._updatedAt}`,
    })
    expect(atPublish.documents).toEqual([
      expect.objectContaining({_id: 'article-h', title: 'Second'}),
    ])
  })

  it('finds the last revision of a deleted draft', async () => {
    const {documents} = await lake.client('rSiteReader').request({
      url: '/data/history/production/documents/drafts.article-h?lastRevision=true',
    })
    expect(documents).toEqual([expect.objectContaining({title: 'Second', _rev: 'tx-h2'})])
  })
})

describe('GET /data/history/{ds}/events/documents/{id}', () => {
  it('lists the milestones of a document, newest first, as the history inspector wants', async () => {
    const client = lake.client('pSamLee')
    const draft = await client.request({
      url: '/data/history/production/events/documents/drafts.article-h?limit=100',
    })
    expect(draft.nextCursor).toBe('')
    expect(draft.events['drafts.article-h']).toEqual([
      expect.objectContaining({
        type: 'publishDocumentVersion',
        documentId: 'article-h',
        revisionId: 'tx-h3',
        versionRevisionId: 'tx-h2',
        author: 'rPublisher',
      }),
      expect.objectContaining({
        type: 'createDocumentVersion',
        versionId: 'drafts.article-h',
        versionRevisionId: 'tx-h1',
        author: 'pMayaOkafor',
      }),
    ])
    const published = await client.request({
      url: '/data/history/production/events/documents/article-h',
    })
    expect(published.events['article-h']).toEqual([
      expect.objectContaining({type: 'publishDocumentVersion', revisionId: 'tx-h3'}),
    ])
  })
})
