import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {
  generateSigningKeyPair,
  importPrivateKey,
  newReviewRecordId,
  signRecord,
  type UnsignedMedicalReviewRecord,
} from '@vetted/schemas/review'
import {articleDraft, editDraft, saveDraft, seedRegistry} from './fixtures.ts'
import {startServiceHarness, type ServiceHarness} from './harness.ts'
import {
  approve,
  currentFingerprint,
  expectStatus,
  fullChecklist,
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

function statusCodeOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null ? Reflect.get(error, 'statusCode') : undefined
}

/** Maya tries to publish; what the service said and whether anything went live. */
async function publishAttempt(id: string) {
  const answer = await h.call('publish', 'pMayaOkafor', {documentId: id})
  const live = await h.lake.client('pSamLee').getDocument(id)
  return {status: answer.status, reasons: reasonsOf(answer), published: live !== undefined}
}

const refusedBecause = (reason: RegExp) => ({
  status: 403,
  reasons: expect.stringMatching(reason),
  published: false,
})

/** An approval of the draft as it is now, as a record the service would write. */
async function approvalOfCurrentDraft(id: string): Promise<UnsignedMedicalReviewRecord> {
  const draft = await h.lake.client('pSamLee').getDocument(`drafts.${id}`)
  return {
    _id: newReviewRecordId(),
    _type: 'medicalReview',
    subject: {_type: 'reference', _ref: id, _weak: true},
    subjectType: 'article',
    kind: 'approved',
    fingerprint: await currentFingerprint(h, id, 'pMayaOkafor'),
    subjectRevision: draft?._rev ?? '',
    actor: {
      personId: 'person-daniel-reyes',
      sanityUserId: 'pDanielReyes',
      name: 'Dr. Daniel Reyes',
      credentials: ['MD'],
    },
    checklist: fullChecklist,
    conflictOfInterest: {declared: false},
    at: new Date().toISOString(),
    nextReviewDue: '2099-01-01',
  }
}

describe('every way around the sign-off is refused', () => {
  it('a contributor cannot publish through the Actions API or mutate, nor write a record', async () => {
    const id = 'article-contributor-publish'
    await saveDraft(h.lake, articleDraft(id))
    const maya = h.lake.client('pMayaOkafor')
    const viaActions = maya.action({
      actionType: 'sanity.action.document.publish',
      draftId: `drafts.${id}`,
      publishedId: id,
    })
    await expect(viaActions).rejects.toSatisfy((error) => statusCodeOf(error) === 403)
    const viaMutate = maya.createOrReplace({...articleDraft(id), _id: id})
    await expect(viaMutate).rejects.toSatisfy((error) => statusCodeOf(error) === 403)
    const record = maya.create({...(await approvalOfCurrentDraft(id)), keyId: 'x', signature: 'y'})
    await expect(record).rejects.toSatisfy((error) => statusCodeOf(error) === 403)
    expect(await h.lake.client('pSamLee').getDocument(id)).toBeUndefined()
  })

  it('no sign-off: publish is refused', async () => {
    const id = 'article-unsigned'
    await saveDraft(h.lake, articleDraft(id))
    await requestReview(h, id)
    expect(await publishAttempt(id)).toEqual(refusedBecause(/waiting for review/))
  })

  it('a sign-off of an older fingerprint does not publish the edited draft', async () => {
    const id = 'article-older-fingerprint'
    await saveDraft(h.lake, articleDraft(id))
    await approve(h, id)
    await editDraft(h.lake, id, {standfirst: 'Changed after sign-off.'}, 'pMayaOkafor')
    expect(await publishAttempt(id)).toEqual(
      refusedBecause(/changed after Dr\. Daniel Reyes signed it off/),
    )
    const status = await h.status(id, 'pMayaOkafor')
    expect(status.body).toMatchObject({state: 'draft', changedSinceSignOff: true})
  })

  it('changes requested: publish is refused', async () => {
    const id = 'article-changes-requested'
    await saveDraft(h.lake, articleDraft(id))
    await requestReview(h, id)
    const fingerprint = await currentFingerprint(h, id, 'pDanielReyes')
    const changes = await h.call('sign-off', 'pDanielReyes', {
      documentId: id,
      fingerprint,
      decision: 'changes-requested',
      notes: 'Cite a source for the claim in paragraph 1.',
    })
    expectStatus(changes, 200)
    expect(await publishAttempt(id)).toEqual(refusedBecause(/requested changes/))
  })

  it('an expired review: publish is refused once nextReviewDue has passed', async () => {
    const id = 'article-expired'
    await saveDraft(h.lake, articleDraft(id))
    await approve(h, id)
    h.setNow(new Date(Date.now() + 400 * 24 * 3600 * 1000))
    try {
      expect(await publishAttempt(id)).toEqual(refusedBecause(/expired/))
    } finally {
      h.setNow(undefined)
    }
  })

  it('the reviewer who edited the draft cannot sign it off; another reviewer can', async () => {
    const id = 'article-reviewer-edited'
    await saveDraft(h.lake, articleDraft(id))
    await editDraft(h.lake, id, {standfirst: 'Tightened by Dr. Reyes.'}, 'pDanielReyes')
    await requestReview(h, id)
    const fingerprint = await currentFingerprint(h, id, 'pDanielReyes')
    const byEditor = await signOff(h, id, 'pDanielReyes', fingerprint)
    expectStatus(byEditor, 403)
    expect(reasonsOf(byEditor)).toMatch(/Dr\. Daniel Reyes edited this draft/)
    expectStatus(await signOff(h, id, 'pHelenCarter', fingerprint), 200)
  })

  it('an author cannot sign off their own document', async () => {
    const id = 'article-by-a-reviewer'
    await saveDraft(
      h.lake,
      articleDraft(id, {authors: ['person-maya-okafor', 'person-helen-carter']}),
    )
    await requestReview(h, id)
    const answer = await signOff(
      h,
      id,
      'pHelenCarter',
      await currentFingerprint(h, id, 'pHelenCarter'),
    )
    expectStatus(answer, 403)
    expect(reasonsOf(answer)).toMatch(/listed as an author/)
  })

  it('a reviewer flag that exists only in a draft person makes nobody a reviewer', async () => {
    const id = 'article-draft-reviewer'
    await saveDraft(h.lake, articleDraft(id, {authors: ['person-daniel-reyes']}), 'pSamLee')
    await requestReview(h, id, 'pSamLee')
    await h.lake.client('pMayaOkafor').createOrReplace({
      _id: 'drafts.person-maya-okafor',
      _type: 'person',
      name: 'Maya Okafor',
      isReviewer: true,
      credentialExpiry: '2099-01-01',
      sanityUserId: 'pMayaOkafor',
    })
    const answer = await signOff(
      h,
      id,
      'pMayaOkafor',
      await currentFingerprint(h, id, 'pMayaOkafor'),
    )
    expectStatus(answer, 403)
    expect(reasonsOf(answer)).toMatch(/Maya Okafor has no verified reviewer credential/)
  })

  it('a record forged as a draft does not count, even with a valid signature', async () => {
    const id = 'article-forged-draft-record'
    await saveDraft(h.lake, articleDraft(id))
    const signed = await signRecord(await approvalOfCurrentDraft(id), {
      keyId: h.keyId,
      privateKey: await importPrivateKey(h.keys.privateKeyPem),
    })
    await h.lake.client('pMayaOkafor').create({...signed, _id: `drafts.${signed._id}`})
    expect(await publishAttempt(id)).toEqual(refusedBecause(/No reviewer has signed off/))
  })

  it('a tampered record does not verify, so it approves nothing', async () => {
    const id = 'article-tampered'
    await saveDraft(h.lake, articleDraft(id))
    await approve(h, id)
    await editDraft(h.lake, id, {standfirst: 'Unreviewed claim.'}, 'pMayaOkafor')
    const fingerprint = await currentFingerprint(h, id, 'pMayaOkafor')
    const sam = h.lake.client('pSamLee')
    const [approval] = await sam.fetch<Array<{_id: string}>>(
      '*[_type == "medicalReview" && subject._ref == $id && kind == "approved"]',
      {id},
    )
    await sam
      .patch(approval?._id ?? '')
      .set({fingerprint})
      .commit({visibility: 'sync'})
    expect(await publishAttempt(id)).toEqual(
      refusedBecause(/No reviewer has signed off this version yet/),
    )
    const status = await h.status(id, 'pMayaOkafor')
    expect((status.body.notices as string[]).join(' ')).toMatch(/do not verify/)
  })

  it('a record signed with a key the service does not trust approves nothing', async () => {
    const id = 'article-unknown-key'
    await saveDraft(h.lake, articleDraft(id))
    const rogue = await generateSigningKeyPair()
    const signed = await signRecord(await approvalOfCurrentDraft(id), {
      keyId: 'rogue-key',
      privateKey: await importPrivateKey(rogue.privateKeyPem),
    })
    await h.lake.client('pSamLee').create(signed, {visibility: 'sync'})
    expect(await publishAttempt(id)).toEqual(refusedBecause(/No reviewer has signed off/))
  })
})
