import {beforeAll, describe, expect, it} from 'vitest'
import {canPublish, type PolicyDocument} from '@vetted/schemas/review'
import {NOW} from './policyFixtures.ts'
import {actors, FP, makeKeys, verified, type TestKeys} from './reviewFixtures.ts'

let keys: TestKeys
beforeAll(async () => {
  keys = await makeKeys()
})

const on = (day: string) => `${day}T10:00:00.000Z`
const article: PolicyDocument = {type: 'article', draftFingerprint: FP.v1, authorIds: []}

async function publishWithYearOldApprovalAt(iso: string) {
  const records = await verified(keys, [
    ['approved', {at: on('2025-06-01'), nextReviewDue: '2026-06-01'}],
  ])
  return canPublish({document: article, records, now: new Date(iso)})
}

describe('canPublish', () => {
  it('allows publishing a draft whose newest decision is an unexpired approval', async () => {
    const records = await verified(keys, [
      ['review-requested', {at: on('2026-03-01')}],
      ['changes-requested', {at: on('2026-03-02')}],
      ['approved', {at: on('2026-03-04'), actor: actors.helen}],
    ])
    expect(canPublish({document: article, records, now: NOW})).toEqual({
      allowed: true,
      reasons: [],
    })
  })

  it('allows publishing over an older published version', async () => {
    const records = await verified(keys, [
      ['approved', {at: on('2026-01-04'), fingerprint: FP.v2}],
      ['approved', {at: on('2026-03-04')}],
    ])
    const document = {...article, publishedFingerprint: FP.v2}
    expect(canPublish({document, records, now: NOW}).allowed).toBe(true)
  })

  it('refuses when there is no draft', async () => {
    const records = await verified(keys, [['approved']])
    const document = {type: 'article' as const, publishedFingerprint: FP.v1, authorIds: []}
    expect(canPublish({document, records, now: NOW}).reasons).toEqual([
      'There is no draft with unpublished changes to publish.',
    ])
  })

  it('refuses a version nobody reviewed', () => {
    expect(canPublish({document: article, records: [], now: NOW}).reasons).toEqual([
      'No reviewer has signed off this version yet: request a review.',
    ])
  })

  it('refuses a version that is waiting for review', async () => {
    const records = await verified(keys, [['review-requested', {at: on('2026-05-20')}]])
    expect(canPublish({document: article, records, now: NOW}).reasons).toEqual([
      'This version is waiting for review (requested by Maya Okafor on 20 May 2026); it can be published once it has a sign-off.',
    ])
  })

  it('refuses when the newest decision on this version is a change request', async () => {
    const records = await verified(keys, [
      ['approved', {at: on('2026-03-04')}],
      ['changes-requested', {at: on('2026-03-05'), actor: actors.helen}],
    ])
    expect(canPublish({document: article, records, now: NOW}).reasons).toEqual([
      'Dr. Helen Carter requested changes to this version on 5 March 2026: make them and request a new review.',
    ])
  })

  it('refuses a draft edited after its sign-off', async () => {
    const records = await verified(keys, [['approved', {at: on('2026-03-04'), fingerprint: FP.v2}]])
    expect(canPublish({document: article, records, now: NOW}).reasons).toEqual([
      'This draft changed after Dr. Daniel Reyes signed it off on 4 March 2026, so it needs a new sign-off.',
    ])
  })

  it('refuses a version that was taken down, until it is signed off again', async () => {
    const records = await verified(keys, [
      ['approved', {at: on('2026-03-04')}],
      ['unpublished', {at: on('2026-04-01')}],
    ])
    expect(canPublish({document: article, records, now: NOW}).reasons).toEqual([
      'Dr. Daniel Reyes took this version down on 1 April 2026 ("Dosage advice is outdated."), so it needs a new sign-off before it can be published again.',
    ])
  })

  describe('approval expiry boundary', () => {
    it('is unexpired through its review-due day', async () => {
      expect((await publishWithYearOldApprovalAt('2026-06-01T23:59:59.999Z')).allowed).toBe(true)
    })

    it('has expired from the next day', async () => {
      expect((await publishWithYearOldApprovalAt('2026-06-02T00:00:00.000Z')).reasons).toEqual([
        "Dr. Daniel Reyes's sign-off of 1 June 2025 expired when its review fell due on 1 June 2026: a reviewer must sign it off again.",
      ])
    })
  })

  describe('citations', () => {
    const citation: PolicyDocument = {type: 'citation', draftFingerprint: FP.v1, authorIds: []}

    it('allows publishing a verified citation, however long ago it was verified', async () => {
      const records = await verified(keys, [['citation-verified', {at: on('2020-01-01')}]])
      expect(canPublish({document: citation, records, now: NOW}).allowed).toBe(true)
    })

    it('refuses an unverified citation', () => {
      expect(canPublish({document: citation, records: [], now: NOW}).reasons).toEqual([
        'Nobody has verified this citation yet: someone other than its last editor must verify it.',
      ])
    })

    it('refuses a citation edited after its verification', async () => {
      const records = await verified(keys, [
        ['citation-verified', {at: on('2026-03-04'), fingerprint: FP.v2}],
      ])
      expect(canPublish({document: citation, records, now: NOW}).reasons).toEqual([
        'This citation changed after Dr. Helen Carter verified it on 4 March 2026, so someone other than its last editor must verify it again.',
      ])
    })

    it('refuses a citation waiting for verification', async () => {
      const records = await verified(keys, [
        ['review-requested', {subjectType: 'citation', at: on('2026-05-01')}],
      ])
      expect(canPublish({document: citation, records, now: NOW}).reasons).toEqual([
        'This version is waiting for review (requested by Maya Okafor on 1 May 2026); it can be published once it has a verification.',
      ])
    })
  })
})
