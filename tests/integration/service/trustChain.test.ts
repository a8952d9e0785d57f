import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {chainProblems, importPublicKeys} from '@vetted/schemas/review'
import {checkPublishedDocument} from '../../../web/src/review/gate.ts'
import {articleDraft, citationDraft, editDraft, saveDraft, seedRegistry} from './fixtures.ts'
import {startServiceHarness, type ServiceHarness} from './harness.ts'
import {approve, expectStatus, reasonsOf} from './steps.ts'

// The attacks the trust chain exists for, each made through the public APIs as the person in
// question would make it. Each must be refused with a reason, lose no record, and leave the
// page as it was.

let h: ServiceHarness

beforeAll(async () => {
  h = await startServiceHarness()
  await seedRegistry(h)
})
afterAll(() => h?.stop())

const sam = () => h.lake.client('pSamLee')
const allRecords = () =>
  sam().fetch<Array<{_id: string; subject: {_ref: string}; kind: string; subjectType: string}>>(
    '*[_type == "medicalReview"] | order(at asc)',
    {},
    {perspective: 'published'},
  )
const recordsOf = async (id: string) =>
  (await allRecords()).filter((record) => record.subject._ref === id)

/** What the reader site decides about a published document, from the store as it is now. */
async function siteShows(id: string): Promise<{visible: boolean; reasons: string[]}> {
  const document = await sam().getDocument(id)
  if (!document) return {visible: false, reasons: ['not published']}
  const credentials = (await allRecords()).filter((record) => record.subjectType === 'person')
  const verdict = await checkPublishedDocument(
    document,
    await recordsOf(id),
    credentials,
    await importPublicKeys({[h.keyId]: h.keys.publicKeyPem}),
    new Date(),
  )
  return {visible: verdict.visible, reasons: verdict.visible ? [] : verdict.reasons}
}

async function publishThroughService(id: string) {
  await approve(h, id)
  expectStatus(await h.call('publish', 'pMayaOkafor', {documentId: id}), 200)
}

describe('attack 1: a draft of another type under a published id', () => {
  it('cannot take down or replace a takedown record, a person or the settings', async () => {
    const article = 'article-type-confusion'
    await saveDraft(h.lake, articleDraft(article))
    await publishThroughService(article)
    expectStatus(
      await h.call('unpublish', 'pDanielReyes', {documentId: article, reason: 'Outdated dose.'}),
      200,
    )
    const takedown = (await recordsOf(article)).at(-1)
    expect(takedown?.kind).toBe('unpublished')
    const before = await allRecords()

    for (const target of [takedown?._id ?? '', 'person-helen-carter', 'siteSettings']) {
      const original = await sam().getDocument(target)
      await saveDraft(h.lake, {...citationDraft(target), _id: `drafts.${target}`})
      const unpublish = await h.call('unpublish', 'pDanielReyes', {
        documentId: target,
        reason: 'Spam.',
      })
      const verify = await h.call('verify-citation', 'pHelenCarter', {
        documentId: target,
        method: 'Looked fine',
      })
      const publish = await h.call('publish', 'pMayaOkafor', {documentId: target})
      for (const answer of [unpublish, verify, publish]) {
        expect({target, status: answer.status}).toEqual({target, status: 422})
      }
      expect(reasonsOf(unpublish)).toMatch(
        /never go through review|a draft cannot change what a document is/,
      )
      expect(await sam().getDocument(target)).toEqual(original)
    }
    expect(await allRecords()).toEqual(before)
    expect((await siteShows(article)).visible).toBe(false)
  })
})

describe('attack 2: rolling back to a superseded approval', () => {
  it('restoring v1 after v2 was approved and published needs a fresh sign-off; an administrator publishing v1 stays dark', async () => {
    const id = 'article-rollback'
    await saveDraft(h.lake, articleDraft(id))
    await publishThroughService(id)
    const v1 = await sam().getDocument(id)
    const corrected = {
      ...articleDraft(id),
      standfirst: 'Corrected: heat helps for a few days only.',
    }
    await saveDraft(h.lake, corrected)
    await publishThroughService(id)
    const v2 = await sam().getDocument(id)
    const shown = await siteShows(id)
    expect(shown).toEqual({visible: true, reasons: []})
    const recordsBefore = await recordsOf(id)

    const restored = {...articleDraft(id), standfirst: String(v1?.standfirst)}
    await saveDraft(h.lake, restored)
    const publish = await h.call('publish', 'pMayaOkafor', {documentId: id})
    expectStatus(publish, 403)
    expect(reasonsOf(publish)).toMatch(
      /This is the version Dr\. Daniel Reyes signed off on .*only the newest decision counts.*fresh sign-off/,
    )
    const status = await h.status(id, 'pMayaOkafor')
    expect(status.body.draft).toMatchObject({
      state: 'draft',
      superseded: {approval: {kind: 'approved'}, by: {kind: 'approved'}},
    })
    expect(await sam().getDocument(id)).toEqual(v2)

    await sam().action({
      actionType: 'sanity.action.document.publish',
      draftId: `drafts.${id}`,
      publishedId: id,
    })
    expect((await sam().getDocument(id))?.standfirst).toBe(v1?.standfirst)
    const site = await siteShows(id)
    expect(site.visible).toBe(false)
    expect(site.reasons.join(' ')).toMatch(/published/)
    expect(await recordsOf(id)).toEqual(recordsBefore)
    expect(await chainProblems(recordsBefore)).toEqual([])
  })
})

describe('attack 3: citation four eyes by history', () => {
  it('an editor who planted a change cannot verify it after someone else touched it', async () => {
    const id = 'citation-planted-url'
    await saveDraft(h.lake, citationDraft(id), 'pHelenCarter')
    await editDraft(h.lake, id, {url: 'https://example.com/buy-now'}, 'pMayaOkafor')
    await editDraft(h.lake, id, {pages: '1444-1452'}, 'pHelenCarter')

    const byPlanter = await h.call('verify-citation', 'pMayaOkafor', {
      documentId: id,
      method: 'Checked it',
    })
    expectStatus(byPlanter, 403)
    expect(reasonsOf(byPlanter)).toMatch(/Maya Okafor wrote or edited this citation/)
    const byToucher = await h.call('verify-citation', 'pHelenCarter', {
      documentId: id,
      method: 'Checked it',
    })
    expectStatus(byToucher, 403)
    expect(await recordsOf(id)).toEqual([])
    expect(await sam().getDocument(id)).toBeUndefined()

    expectStatus(
      await h.call('verify-citation', 'pDanielReyes', {
        documentId: id,
        method: 'Every field against the journal PDF',
      }),
      200,
    )
  })
})

describe('attack 4: an administrator credentials themselves', () => {
  const claim = 'Cures back spasms in 24 hours, guaranteed.'

  it('their own profile, their own verification and a hand-made record all grant nothing; publishing past the service stays dark', async () => {
    // Sam gives his published profile the reviewer flag and a credential…
    const selfMade = {
      _id: 'person-sam-lee',
      _type: 'person',
      name: 'Sam Lee',
      credentials: ['MD'],
      isReviewer: true,
      licence: {number: 'FAKE-1', jurisdiction: 'Nowhere'},
      credentialExpiry: '2099-12-31',
      sanityUserId: 'pSamLee',
    }
    await sam().createOrReplace(selfMade, {visibility: 'sync'})
    const before = await allRecords()
    // …tries to verify it himself…
    const own = await h.call('verify-credential', 'pSamLee', {
      personId: 'person-sam-lee',
      method: 'I know myself',
    })
    expectStatus(own, 403)
    expect(reasonsOf(own)).toMatch(
      /Nobody can verify or revoke their own credential: another administrator must/,
    )
    // …and writes a credential record by hand, as his token allows.
    const [genuine] = await sam().fetch<Array<Record<string, unknown>>>(
      '*[_type == "medicalReview" && kind == "credential-verified"] | order(at asc)[0...1]',
    )
    await sam().create(
      {
        ...genuine,
        _id: 'review-5a3e0c5e-1d8b-4f7a-9c2e-000000000001',
        _type: 'medicalReview',
        subject: {_type: 'reference', _ref: 'person-sam-lee', _weak: true},
      },
      {visibility: 'sync'},
    )

    const id = 'article-admin-signs-off'
    const draft: ReturnType<typeof articleDraft> = {...articleDraft(id), standfirst: claim}
    await saveDraft(h.lake, draft)
    expectStatus(await h.call('request-review', 'pMayaOkafor', {documentId: id}), 200)
    const status = await h.status(id, 'pSamLee')
    expect(status.body.caller).toMatchObject({role: 'administrator', isReviewer: false})
    const current = status.body.current as {fingerprint: string}
    const signOff = await h.call('sign-off', 'pSamLee', {
      documentId: id,
      fingerprint: current.fingerprint,
      decision: 'approved',
      checklist: {
        claimsChecked: true,
        citationsVerified: true,
        dosagesChecked: true,
        noPromotionalContent: true,
      },
      conflictOfInterest: {declared: false},
    })
    expectStatus(signOff, 403)
    expect(reasonsOf(signOff)).toMatch(/Sam Lee has no verified reviewer credential/)
    expectStatus(await h.call('publish', 'pSamLee', {documentId: id}), 403)

    // Publishing with his administrator token goes past the service: the site keeps it dark.
    await sam().action({
      actionType: 'sanity.action.document.publish',
      draftId: `drafts.${id}`,
      publishedId: id,
    })
    expect((await sam().getDocument(id))?.standfirst).toBe(claim)
    const site = await siteShows(id)
    expect(site.visible).toBe(false)
    // Nothing signed was lost or added: only the hand-made record and the review request.
    const after = await allRecords()
    expect(after.filter((record) => !before.some((known) => known._id === record._id))).toEqual([
      expect.objectContaining({_id: 'review-5a3e0c5e-1d8b-4f7a-9c2e-000000000001'}),
      expect.objectContaining({
        kind: 'review-requested',
        subject: {_ref: id, _type: 'reference', _weak: true},
      }),
    ])
  })

  it('a revoked credential stops sign-off at once; pages the reviewer signed while it held stay up', async () => {
    const signedBefore = 'article-signed-before-revocation'
    await saveDraft(h.lake, articleDraft(signedBefore))
    await approve(h, signedBefore, 'pHelenCarter')
    expectStatus(await h.call('publish', 'pMayaOkafor', {documentId: signedBefore}), 200)

    const byHelen = await h.call('revoke-credential', 'pHelenCarter', {
      personId: 'person-helen-carter',
      reason: 'Testing',
    })
    expectStatus(byHelen, 403)
    expect(reasonsOf(byHelen)).toMatch(/Only administrators verify and revoke/)
    expectStatus(
      await h.call('revoke-credential', 'pSamLee', {
        personId: 'person-helen-carter',
        reason: 'Licence lapsed with the GMC.',
      }),
      200,
    )

    const next = 'article-after-revocation'
    await saveDraft(h.lake, articleDraft(next))
    expectStatus(await h.call('request-review', 'pMayaOkafor', {documentId: next}), 200)
    const status = await h.status(next, 'pHelenCarter')
    expect(status.body.caller).toMatchObject({isReviewer: false})
    expect((status.body.actions as {signOff: {reasons: string[]}}).signOff.reasons[0]).toMatch(
      /Dr\. Helen Carter's reviewer credential was revoked on .* by Sam Lee \(Licence lapsed with the GMC\.\)/,
    )
    expect(await siteShows(signedBefore)).toEqual({visible: true, reasons: []})

    // Verified again by the administrator, she can review again.
    expectStatus(
      await h.call('verify-credential', 'pSamLee', {
        personId: 'person-helen-carter',
        method: 'Renewed licence found on the GMC register',
      }),
      200,
    )
    const credential = await h.call('credential-status?personId=person-helen-carter', 'pSamLee')
    expectStatus(credential, 200)
    expect(credential.body).toMatchObject({
      standing: {state: 'verified', expiresOn: '2099-05-31'},
      profileMatchesRecord: true,
    })
    expect(
      await chainProblems(
        (await allRecords()).filter((r) => r.subject._ref === 'person-helen-carter'),
      ),
    ).toEqual([])
  })
})

describe('attack 5: a "__proto__" member', () => {
  it('the store refuses it with a reason and writes nothing, instead of dropping it unseen', async () => {
    const id = 'article-proto'
    const body = JSON.stringify({mutations: [{create: articleDraft(id)}]}).replace(
      '{"create":{',
      '{"create":{"__proto__":{"claim":"Cures back spasms in 24 hours, guaranteed."},',
    )
    const answer = await fetch(`${h.lake.httpUrl}/v2025-02-19/data/mutate/production`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${h.lake.token('pMayaOkafor')}`,
        'content-type': 'application/json',
      },
      body,
    })
    expect(answer.status).toBe(400)
    expect(await answer.text()).toMatch(/member named \\"__proto__\\".*Nothing was written/)
    expect(await sam().getDocument(`drafts.${id}`)).toBeUndefined()
  })
})
