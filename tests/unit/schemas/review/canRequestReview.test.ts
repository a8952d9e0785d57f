import {beforeAll, describe, expect, it} from 'vitest'
import {canRequestReview} from '@vetted/schemas/review'
import {actor, context, people} from './policyFixtures.ts'
import {FP, makeKeys, verified, type TestKeys} from './reviewFixtures.ts'

let keys: TestKeys
beforeAll(async () => {
  keys = await makeKeys()
})

const on = (day: string) => `${day}T10:00:00.000Z`

describe('canRequestReview', () => {
  it.each(['contributor', 'editor', 'developer', 'administrator'])(
    'allows anyone whose role (%s) may edit the document',
    (role) => {
      expect(canRequestReview(context({actor: actor('maya', role)}))).toEqual({
        allowed: true,
        reasons: [],
      })
    },
  )

  it('allows asking again after changes were requested (changes requested ⇄ in review)', async () => {
    const records = await verified(keys, [
      ['review-requested', {at: on('2026-03-01')}],
      ['changes-requested', {at: on('2026-03-02')}],
    ])
    expect(canRequestReview(context({actor: actor('maya'), records})).allowed).toBe(true)
  })

  it('allows re-review of published content whose review has fallen due', async () => {
    const records = await verified(keys, [['approved', {nextReviewDue: '2026-05-31'}]])
    const document = {type: 'article' as const, publishedFingerprint: FP.v1, authorIds: []}
    expect(canRequestReview(context({actor: actor('maya'), document, records})).allowed).toBe(true)
  })

  it('refuses a role that cannot edit', () => {
    expect(canRequestReview(context({actor: actor('maya', 'viewer')})).reasons).toEqual([
      'Your Sanity role (viewer) cannot edit content, so it cannot request a review.',
    ])
  })

  it('refuses an account without a published person profile (the record names who asked)', () => {
    expect(canRequestReview(context({actor: actor('maya', 'contributor', null)})).reasons).toEqual([
      'A review request is recorded under your name, but your Sanity account is not linked to a published person profile: ask an administrator to publish one with your Sanity user id.',
    ])
  })

  it('refuses a document with no saved version', () => {
    const document = {type: 'article' as const, authorIds: []}
    expect(canRequestReview(context({actor: actor('maya'), document})).reasons).toEqual([
      'There is no saved version of this document to review yet.',
    ])
  })

  it('refuses a second request for the same version', async () => {
    const records = await verified(keys, [['review-requested', {at: on('2026-03-01')}]])
    expect(canRequestReview(context({actor: actor('maya'), records})).reasons).toEqual([
      'Maya Okafor already requested a review of this version on 1 March 2026.',
    ])
  })

  it('refuses a request for a version that is already approved', async () => {
    const records = await verified(keys, [
      ['approved', {at: on('2026-03-04'), nextReviewDue: '2027-03-04'}],
    ])
    expect(canRequestReview(context({actor: actor('maya'), records})).reasons).toEqual([
      'Dr. Daniel Reyes already approved this version on 4 March 2026; it needs no new review until it changes or its review falls due on 4 March 2027.',
    ])
  })

  it('refuses a request for a citation that is already verified', async () => {
    const records = await verified(keys, [['citation-verified', {at: on('2026-03-04')}]])
    const document = {type: 'citation' as const, draftFingerprint: FP.v1, authorIds: []}
    expect(canRequestReview(context({actor: actor('maya'), document, records})).reasons).toEqual([
      'Dr. Helen Carter already verified this version on 4 March 2026; it needs no new verification until it changes.',
    ])
  })

  it('allows a request once the draft changed after approval', async () => {
    const records = await verified(keys, [['approved', {fingerprint: FP.v2}]])
    expect(canRequestReview(context({actor: actor('maya'), records})).allowed).toBe(true)
  })

  it('lets a reviewer ask for a second opinion, like anyone who can edit', () => {
    expect(
      canRequestReview(context({actor: actor('helen', 'contributor', people.helen)})).allowed,
    ).toBe(true)
  })
})
