import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {apiVersion, startTestLake, type TestLake} from '../../helpers/lake.ts'

let lake: TestLake

beforeAll(async () => {
  lake = await startTestLake()
})
afterAll(() => lake?.stop())

const raw = {perspective: 'raw'} as const

async function post(path: string, userId: string, body: string) {
  const response = await fetch(`${lake.httpUrl}/v${apiVersion}${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${lake.token(userId)}`,
      'content-type': 'application/json',
    },
    body,
  })
  return {status: response.status, body: await response.json()}
}

describe('POST /data/mutate', () => {
  it('commits several mutations as one transaction and answers {transactionId, results}', async () => {
    const client = lake.client('pSamLee')
    const result = await client
      .transaction()
      .create({_id: 'treatment-heat-therapy', _type: 'treatment', name: 'Heat'})
      .createOrReplace({_id: 'treatment-nsaids', _type: 'treatment', name: 'NSAIDs'})
      .patch('treatment-heat-therapy', (patch) => patch.set({kind: 'self-care'}))
      .commit({returnDocuments: false, transactionId: 'tx-two-treatments'})
    expect(result.transactionId).toBe('tx-two-treatments')
    expect(result.results).toEqual([
      {id: 'treatment-heat-therapy', operation: 'create'},
      {id: 'treatment-nsaids', operation: 'create'},
      {id: 'treatment-heat-therapy', operation: 'update'},
    ])
    const docs = await client.fetch('*[_type == "treatment"] | order(_id asc)', {}, raw)
    expect(docs.map((doc: {_rev: string}) => doc._rev)).toEqual([
      'tx-two-treatments',
      'tx-two-treatments',
    ])
    expect(docs[0]).toMatchObject({name: 'Heat', kind: 'self-care'})
  })

  it('returns the written documents with returnDocuments', async () => {
    const created = await lake
      .client('pSamLee')
      .create({_id: 'treatment-massage', _type: 'treatment', name: 'Massage'})
    expect(created).toMatchObject({
      _id: 'treatment-massage',
      _type: 'treatment',
      name: 'Massage',
      _rev: expect.any(String),
      _createdAt: expect.any(String),
      _updatedAt: expect.any(String),
    })
  })

  it('refuses a patch on a stale revision with 409 and writes nothing of the transaction', async () => {
    const client = lake.client('pSamLee')
    const current = await client.getDocument('treatment-massage')
    await client.patch('treatment-massage').set({name: 'Massage therapy'}).commit()
    const stale = client
      .transaction()
      .create({_id: 'treatment-acupuncture', _type: 'treatment', name: 'Acupuncture'})
      .patch('treatment-massage', (patch) =>
        patch.ifRevisionId(current?._rev ?? '').set({name: 'Overwritten'}),
      )
      .commit()
    await expect(stale).rejects.toMatchObject({statusCode: 409})
    expect(await client.getDocument('treatment-acupuncture')).toBeUndefined()
    expect((await client.getDocument('treatment-massage'))?.name).toBe('Massage therapy')
  })

  it('answers malformed JSON, unknown mutations and oversized bodies with Sanity errors', async () => {
    const broken = await post('/data/mutate/production', 'pSamLee', '{"mutations": [')
    expect(broken.status).toBe(400)
    expect(broken.body.error).toMatchObject({type: 'httpBadRequest'})

    const unknown = await post(
      '/data/mutate/production',
      'pSamLee',
      JSON.stringify({mutations: [{explode: {_id: 'x'}}]}),
    )
    expect(unknown.status).toBe(400)
    expect(JSON.stringify(unknown.body)).not.toContain('    at ')

    const huge = await post(
      '/data/mutate/production',
      'pSamLee',
      JSON.stringify({
        mutations: [{create: {_id: 'huge', _type: 'x', text: 'x'.repeat(49 * 1024 * 1024)}}],
      }),
    )
    expect(huge.status).toBe(413)
    expect(huge.body.error.type).toEqual(expect.any(String))
    expect(await lake.client('pSamLee').getDocument('huge')).toBeUndefined()
  })
})

describe('permissions on writes', () => {
  it("refuses a viewer's write with 403 naming the permission", async () => {
    const write = lake.client('rSiteReader').create({_id: 'drafts.x-viewer', _type: 'article'})
    await expect(write).rejects.toMatchObject({
      statusCode: 403,
      message: expect.stringContaining('permission "create" required'),
    })
  })

  it('lets a contributor write drafts but not published documents (mutate)', async () => {
    const contributor = lake.client('pMayaOkafor')
    await contributor.create({_id: 'drafts.article-seed-000', _type: 'article', title: 'Draft'})
    await expect(
      contributor.create({_id: 'article-seed-000', _type: 'article', title: 'Sneaky'}),
    ).rejects.toMatchObject({
      statusCode: 403,
      message: expect.stringContaining('permission "create" required'),
    })
    expect(await lake.client('pSamLee').getDocument('article-seed-000')).toBeUndefined()
  })

  it("refuses a contributor's publish through the actions API; an editor's goes through", async () => {
    const publish = {
      actionType: 'sanity.action.document.publish' as const,
      draftId: 'drafts.article-seed-000',
      publishedId: 'article-seed-000',
    }
    await expect(lake.client('pMayaOkafor').action(publish)).rejects.toMatchObject({
      statusCode: 403,
    })
    const admin = lake.client('pSamLee')
    expect(await admin.getDocument('article-seed-000')).toBeUndefined()
    expect(await admin.getDocument('drafts.article-seed-000')).toBeDefined()

    const done = await lake.client('rPublisher').action(publish, {transactionId: 'tx-publish-000'})
    expect(done).toEqual({transactionId: 'tx-publish-000'})
    expect(await admin.getDocument('article-seed-000')).toMatchObject({
      title: 'Draft',
      _rev: 'tx-publish-000',
    })
    expect(await admin.getDocument('drafts.article-seed-000')).toBeUndefined()
  })

  it('refuses a contributor publishing by mutations (create published, delete draft)', async () => {
    const contributor = lake.client('pMayaOkafor')
    await contributor.create({_id: 'drafts.article-seed-001', _type: 'article', title: 'Mine'})
    const sneaky = contributor
      .transaction()
      .createOrReplace({_id: 'article-seed-001', _type: 'article', title: 'Mine'})
      .delete('drafts.article-seed-001')
      .commit()
    await expect(sneaky).rejects.toMatchObject({statusCode: 403})
    expect(await contributor.getDocument('drafts.article-seed-001')).toBeDefined()
  })
})

describe('POST /data/actions', () => {
  it('edits a published document by creating its draft first, then discards the draft', async () => {
    const editor = lake.client('rPublisher')
    await editor.action(
      {
        actionType: 'sanity.action.document.edit',
        draftId: 'drafts.treatment-nsaids',
        publishedId: 'treatment-nsaids',
        patch: {set: {name: 'NSAIDs (ibuprofen, naproxen)'}},
      },
      {transactionId: 'tx-edit-nsaids'},
    )
    expect(await editor.getDocument('drafts.treatment-nsaids')).toMatchObject({
      _type: 'treatment',
      name: 'NSAIDs (ibuprofen, naproxen)',
      _rev: 'tx-edit-nsaids',
    })
    await editor.action({
      actionType: 'sanity.action.document.discard',
      draftId: 'drafts.treatment-nsaids',
    })
    expect(await editor.getDocument('drafts.treatment-nsaids')).toBeUndefined()
  })

  it('rejects unknown action types with 400 and changes nothing', async () => {
    const before = await lake.client('pSamLee').fetch('count(*)', {}, raw)
    const response = await post(
      '/data/actions/production',
      'pSamLee',
      JSON.stringify({actions: [{actionType: 'sanity.action.document.explode', publishedId: 'a'}]}),
    )
    expect(response.status).toBe(400)
    expect(await lake.client('pSamLee').fetch('count(*)', {}, raw)).toBe(before)
  })
})
