import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {chainOrder, chainProblems, importPublicKeys, verifyRecord} from '@vetted/schemas/review'
import {articleDraft, editDraft, saveDraft, seedRegistry} from './fixtures.ts'
import {startServiceHarness, studioOrigin, type ServiceHarness} from './harness.ts'
import {
  approve,
  currentFingerprint,
  expectStatus,
  reasonsOf,
  requestReview,
  signOff,
} from './steps.ts'

let h: ServiceHarness

beforeAll(async () => {
  h = await startServiceHarness()
  await seedRegistry(h)
})
afterAll(() => h?.stop())

describe('the review workflow over HTTP', () => {
  it('takes a draft from request to published, with signed records the public keys verify', async () => {
    const id = 'article-happy-path'
    await saveDraft(h.lake, articleDraft(id))

    const before = await h.status(id, 'pMayaOkafor')
    expect(before.body.state).toBe('draft')
    expect(before.body.actions).toMatchObject({
      publish: {allowed: false},
      requestReview: {allowed: true},
    })

    await approve(h, id)
    const ready = await h.status(id, 'pMayaOkafor')
    expect(ready.body.state).toBe('approved')
    expect(ready.body.actions).toMatchObject({publish: {allowed: true, reasons: []}})

    const published = await h.call('publish', 'pMayaOkafor', {documentId: id})
    expectStatus(published, 200)
    expect(await h.lake.client('pSamLee').getDocument(id)).toMatchObject({
      _id: id,
      title: expect.any(String),
    })
    expect(await h.lake.client('pSamLee').getDocument(`drafts.${id}`)).toBeUndefined()
    expect(h.revalidated).toContain('article')

    const after = await h.status(id, 'pMayaOkafor')
    expect(after.body.state).toBe('published')
    const records = after.body.records as Array<Record<string, unknown>>
    expect(records.map((record) => record.kind)).toEqual([
      'published',
      'approved',
      'review-requested',
    ])
    const keys = await importPublicKeys({[h.keyId]: h.keys.publicKeyPem})
    const stored = await h.lake
      .client('pSamLee')
      .fetch<unknown[]>('*[_type == "medicalReview" && subject._ref == $id]', {id})
    for (const record of stored) expect(await verifyRecord(record, keys)).toBe(true)
    // Each record names the one before it: the request, the sign-off, the publish.
    const chain = chainOrder(stored as Array<{_id: string; previous?: {id: string}}>)
    expect(chain.map((record) => record.previous?.id)).toEqual([
      undefined,
      chain[0]?._id,
      chain[1]?._id,
    ])
    expect(await chainProblems(stored as Array<{_id: string}>)).toEqual([])
  })

  it('binds a sign-off to the version the reviewer read: a stale fingerprint is a 409', async () => {
    const id = 'article-stale'
    await saveDraft(h.lake, articleDraft(id))
    await requestReview(h, id)
    const seen = await currentFingerprint(h, id, 'pDanielReyes')
    await editDraft(
      h.lake,
      id,
      {standfirst: 'Edited while the reviewer was reading.'},
      'pMayaOkafor',
    )
    const answer = await signOff(h, id, 'pDanielReyes', seen)
    expect(answer.status).toBe(409)
    expect(answer.body.error).toMatchObject({code: 'stale-fingerprint'})
  })

  it('asks for a token (401), a valid body (422) and a reviewable document', async () => {
    expect((await h.call('publish', null, {documentId: 'x'})).status).toBe(401)
    const noNotes = await h.call('sign-off', 'pDanielReyes', {
      documentId: 'article-happy-path',
      fingerprint: 'a'.repeat(64),
      decision: 'changes-requested',
    })
    expect(noNotes.status).toBe(422)
    expect(reasonsOf(noNotes)).toMatch(/notes/)
    const person = await h.call('publish', 'pMayaOkafor', {documentId: 'person-maya-okafor'})
    expect(person.status).toBe(422)
    expect((await h.call('publish', 'pMayaOkafor', {documentId: 'no-such-doc'})).status).toBe(404)
  })

  it("answers the Studio's CORS preflight and serves the public keys", async () => {
    const keys = await h.call('public-keys', null)
    expect(keys.status).toBe(200)
    expect(keys.body).toEqual({keys: {[h.keyId]: h.keys.publicKeyPem}})
    expect(keys.headers.get('access-control-allow-origin')).toBe(studioOrigin)
  })

  it('takes content down only for reviewers and administrators, with a reason, in one step', async () => {
    const id = 'article-takedown'
    await saveDraft(h.lake, articleDraft(id))
    await approve(h, id)
    expect((await h.call('publish', 'pMayaOkafor', {documentId: id})).status).toBe(200)

    const byEditor = await h.call('unpublish', 'pMayaOkafor', {documentId: id, reason: 'Outdated'})
    expect(byEditor.status).toBe(403)
    expect((await h.call('unpublish', 'pDanielReyes', {documentId: id, reason: ' '})).status).toBe(
      422,
    )

    const taken = await h.call('unpublish', 'pDanielReyes', {
      documentId: id,
      reason: 'Dosage advice superseded',
    })
    expectStatus(taken, 200)
    const sam = h.lake.client('pSamLee')
    expect(await sam.getDocument(id)).toBeUndefined()
    expect(await sam.getDocument(`drafts.${id}`)).toMatchObject({title: expect.any(String)})
    const republish = await h.call('publish', 'pMayaOkafor', {documentId: id})
    expect(republish.status).toBe(403)
    expect(reasonsOf(republish)).toMatch(/took this version down/)
  })
})
