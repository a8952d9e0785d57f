import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {citationDraft, editDraft, saveDraft, seedRegistry} from './fixtures.ts'
import {startServiceHarness, type ServiceHarness} from './harness.ts'
import {expectStatus, reasonsOf} from './steps.ts'

let h: ServiceHarness

beforeAll(async () => {
  h = await startServiceHarness()
  await seedRegistry(h)
})
afterAll(() => h?.stop())

const verify = (id: string, userId: string) =>
  h.call('verify-citation', userId, {
    documentId: id,
    method: 'PubMed record 19805634: authors, title, journal, year, volume and pages match',
  })

describe('citations: four eyes before they publish', () => {
  it('refuses verification by the last editor, records it for someone else, then publishes', async () => {
    const id = 'citation-four-eyes'
    await saveDraft(h.lake, citationDraft(id))
    await editDraft(h.lake, id, {pages: '1444-1453'}, 'pMayaOkafor')

    const byEditor = await verify(id, 'pMayaOkafor')
    expectStatus(byEditor, 403)
    expect(reasonsOf(byEditor)).toMatch(/Maya Okafor wrote or edited this citation/)
    await expect(h.call('publish', 'pMayaOkafor', {documentId: id})).resolves.toMatchObject({
      status: 403,
    })

    expectStatus(await verify(id, 'pHelenCarter'), 200)
    const draft = await h.lake.client('pSamLee').getDocument(`drafts.${id}`)
    expect(draft?.verification).toMatchObject({status: 'verified'})
    const status = await h.status(id, 'pMayaOkafor')
    expect(status.body).toMatchObject({state: 'approved', actions: {publish: {allowed: true}}})
    const [record] = status.body.records as Array<Record<string, unknown>>
    expect(record).toMatchObject({
      kind: 'citation-verified',
      subjectRevision: draft?._rev,
      actor: {name: 'Dr. Helen Carter'},
      verified: true,
    })

    expectStatus(await h.call('publish', 'pMayaOkafor', {documentId: id}), 200)
    expect(await h.lake.client('pSamLee').getDocument(id)).toMatchObject({
      verification: {status: 'verified'},
    })
  })

  it('an edit after verification needs a new one, by someone other than that editor', async () => {
    const id = 'citation-reverify'
    await saveDraft(h.lake, citationDraft(id))
    expectStatus(await verify(id, 'pDanielReyes'), 200)
    await editDraft(h.lake, id, {year: 2010}, 'pDanielReyes')
    const publish = await h.call('publish', 'pMayaOkafor', {documentId: id})
    expectStatus(publish, 403)
    expect(reasonsOf(publish)).toMatch(/changed after Dr\. Daniel Reyes verified it/)
    expectStatus(await verify(id, 'pDanielReyes'), 403)
    expectStatus(await verify(id, 'pMayaOkafor'), 200)
  })
})
