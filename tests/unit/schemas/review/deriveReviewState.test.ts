import {beforeAll, describe, expect, it} from 'vitest'
import {deriveReviewState, type ReviewStateInput} from '@vetted/schemas/review'
import {actors, FP, idOf, makeKeys, verified, type TestKeys} from './reviewFixtures.ts'

let keys: TestKeys
beforeAll(async () => {
  keys = await makeKeys()
})

const on = (day: string) => `${day}T10:00:00.000Z`
const now = new Date('2026-06-01T12:00:00Z')

function state(input: Partial<ReviewStateInput> & Pick<ReviewStateInput, 'records'>) {
  return deriveReviewState({subjectType: 'article', now, ...input})
}

function citation(input: Partial<ReviewStateInput> & Pick<ReviewStateInput, 'records'>) {
  return deriveReviewState({subjectType: 'citation', now, ...input})
}

describe('deriveReviewState: the clinical lifecycle, one step at a time', () => {
  const draftV1 = {fingerprint: FP.v1, rev: 'r1'}
  const draftV2 = {fingerprint: FP.v2, rev: 'r2'}

  it('a new draft with no records is a draft', async () => {
    const result = state({draft: draftV1, records: []})
    expect(result.state).toBe('draft')
    expect(result.draft).toMatchObject({state: 'draft', fingerprint: FP.v1, rev: 'r1'})
    expect(result.published).toBeNull()
    expect(result.changedSinceSignOff).toBe(false)
    expect(result.latestApproval).toBeUndefined()
  })

  it('a review request on the current draft puts it in review', async () => {
    const records = await verified(keys, [['review-requested', {at: on('2026-03-01')}]])
    const result = state({draft: draftV1, records})
    expect(result.state).toBe('in-review')
    expect(result.draft?.openRequest?.actor.name).toBe('Maya Okafor')
  })

  it('a change request answers the review; a new request puts it back in review', async () => {
    const changes = await verified(keys, [
      ['review-requested', {at: on('2026-03-01')}],
      ['changes-requested', {at: on('2026-03-02')}],
    ])
    expect(state({draft: draftV1, records: changes}).state).toBe('changes-requested')
    expect(state({draft: draftV1, records: changes}).latestDecision?.kind).toBe('changes-requested')
    const again = [
      ...changes,
      ...(await verified(keys, [['review-requested', {at: on('2026-03-03')}]])),
    ]
    expect(state({draft: draftV1, records: again}).state).toBe('in-review')
  })

  it('an edit makes a new version with no review yet', async () => {
    const records = await verified(keys, [
      ['review-requested', {at: on('2026-03-01')}],
      ['changes-requested', {at: on('2026-03-02')}],
    ])
    const result = state({draft: draftV2, records})
    expect(result.state).toBe('draft')
    expect(result.latestDecision).toBeUndefined()
    // Nothing was ever approved, so nothing was "changed since sign-off".
    expect(result.changedSinceSignOff).toBe(false)
  })

  it('the newest decision on the current draft being an approval makes it approved', async () => {
    const records = await verified(keys, [
      ['changes-requested', {at: on('2026-03-02')}],
      ['approved', {at: on('2026-03-04'), nextReviewDue: '2027-03-04'}],
    ])
    const result = state({draft: draftV1, records})
    expect(result.state).toBe('approved')
    expect(result.draft?.approval?.actor.name).toBe('Dr. Daniel Reyes')
    expect(result.nextReviewDue).toBe('2027-03-04')
    expect(result.latestApproval).toBe(result.draft?.approval)
  })

  it('a review request after an approval of the same version does not undo it', async () => {
    const records = await verified(keys, [
      ['approved', {at: on('2026-03-04')}],
      ['review-requested', {at: on('2026-03-05')}],
    ])
    expect(state({draft: draftV1, records}).state).toBe('approved')
  })

  it('a change request after an approval of the same version does undo it', async () => {
    const records = await verified(keys, [
      ['approved', {at: on('2026-03-04')}],
      ['changes-requested', {at: on('2026-03-05'), actor: actors.helen}],
    ])
    expect(state({draft: draftV1, records}).state).toBe('changes-requested')
  })

  it('an edit after approval returns the draft to draft, changed since sign-off', async () => {
    const records = await verified(keys, [['approved', {at: on('2026-03-04')}]])
    const result = state({draft: draftV2, records})
    expect(result.state).toBe('draft')
    expect(result.changedSinceSignOff).toBe(true)
    expect(result.latestApproval?.fingerprint).toBe(FP.v1)
    expect(result.draft?.approval).toBeUndefined()
  })

  it('reverting to a superseded approved version needs a fresh sign-off, and says which it was', async () => {
    const records = await verified(keys, [
      ['approved', {at: on('2026-03-04'), fingerprint: FP.v1}],
      ['approved', {at: on('2026-03-06'), fingerprint: FP.v2, actor: actors.helen}],
    ])
    const result = state({draft: draftV1, records})
    expect(result.state).toBe('draft')
    expect(result.changedSinceSignOff).toBe(false)
    expect(result.draft?.superseded?.approval.actor.name).toBe('Dr. Daniel Reyes')
    expect(result.draft?.superseded?.by.actor.name).toBe('Dr. Helen Carter')
    const again = [...records, ...(await verified(keys, [['approved', {at: on('2026-03-08')}]]))]
    expect(state({draft: draftV1, records: again}).state).toBe('approved')
  })

  it('an approval whose review date passed before publishing no longer counts', async () => {
    const records = await verified(keys, [
      ['approved', {at: on('2026-03-04'), nextReviewDue: '2026-05-31'}],
    ])
    const result = state({draft: draftV1, records})
    expect(result.state).toBe('draft')
    expect(result.draft?.approvalExpired).toBe(true)
    expect(result.changedSinceSignOff).toBe(false)
  })

  it('published content with a matching approval and no pending draft is published', async () => {
    const records = await verified(keys, [
      ['approved', {at: on('2026-03-04')}],
      ['published', {at: on('2026-03-05')}],
    ])
    const result = state({published: {fingerprint: FP.v1}, records})
    expect(result.state).toBe('published')
    expect(result.draft).toBeNull()
    expect(result.published).toMatchObject({state: 'published', nextReviewDue: '2027-03-02'})
    expect(result.nextReviewDue).toBe('2027-03-02')
  })

  it('a draft identical to the published content is not a pending draft', async () => {
    const records = await verified(keys, [
      ['approved', {at: on('2026-03-04')}],
      ['published', {at: on('2026-03-05')}],
    ])
    const result = state({draft: draftV1, published: {fingerprint: FP.v1}, records})
    expect(result.state).toBe('published')
    expect(result.draft).toBeNull()
  })

  it('shows both sides when a newer draft is in review while the published version is live', async () => {
    const records = await verified(keys, [
      ['approved', {at: on('2026-03-04')}],
      ['published', {at: on('2026-03-05')}],
      ['review-requested', {at: on('2026-04-01'), fingerprint: FP.v2}],
    ])
    const result = state({draft: draftV2, published: {fingerprint: FP.v1}, records})
    expect(result.state).toBe('in-review')
    expect(result.draft?.state).toBe('in-review')
    expect(result.published?.state).toBe('published')
    expect(result.changedSinceSignOff).toBe(true)
    expect(result.nextReviewDue).toBe('2027-03-02')
  })
})

describe('deriveReviewState: review due dates (fixed clock, UTC days)', () => {
  const published = {fingerprint: FP.v1}

  it.each([
    ['on the due day, until its last millisecond', '2027-03-02T23:59:59.999Z', 'published'],
    ['the day before', '2027-03-01T12:00:00Z', 'published'],
    ['from the first moment of the next day', '2027-03-03T00:00:00.000Z', 'review-overdue'],
    ['a year later', '2028-03-03T00:00:00.000Z', 'review-overdue'],
  ])('%s', async (_when, at, expected) => {
    const records = await verified(keys, [
      ['approved', {nextReviewDue: '2027-03-02'}],
      ['published', {at: on('2026-03-03')}],
    ])
    const result = deriveReviewState({
      subjectType: 'article',
      published,
      records,
      now: new Date(at),
    })
    expect(result.state).toBe(expected)
    expect(result.published?.state).toBe(expected)
  })

  it('overdue content under re-review reads "in review", the published side still overdue', async () => {
    const records = await verified(keys, [
      ['approved', {at: on('2026-03-02'), nextReviewDue: '2026-05-01'}],
      ['published', {at: on('2026-03-03')}],
      ['review-requested', {at: on('2026-05-10')}],
    ])
    const result = state({published, records})
    expect(result.state).toBe('in-review')
    expect(result.published?.state).toBe('review-overdue')
    expect(result.published?.review.state).toBe('in-review')
  })

  it('a new approval of the same published content ends the overdue state', async () => {
    const records = await verified(keys, [
      ['approved', {at: on('2026-03-02'), nextReviewDue: '2026-05-01'}],
      ['published', {at: on('2026-03-03')}],
      ['approved', {at: on('2026-05-20'), nextReviewDue: '2027-05-20', actor: actors.helen}],
    ])
    const result = state({published, records})
    expect(result.state).toBe('published')
    expect(result.nextReviewDue).toBe('2027-05-20')
    expect(result.published?.approval?.actor.name).toBe('Dr. Helen Carter')
  })

  it('a change request on live content is shown, but the content stays approved', async () => {
    const records = await verified(keys, [
      ['approved', {at: on('2026-03-02')}],
      ['published', {at: on('2026-03-03')}],
      ['changes-requested', {at: on('2026-04-02'), actor: actors.helen}],
    ])
    const result = state({published, records})
    expect(result.state).toBe('changes-requested')
    expect(result.published?.state).toBe('published')
  })
})

describe('deriveReviewState: integrity alerts', () => {
  it('approved content published outside the service (no signed publish record)', async () => {
    const records = await verified(keys, [['approved', {at: on('2026-03-02')}]])
    const result = state({published: {fingerprint: FP.v1}, records})
    expect(result.state).toBe('integrity-alert')
    expect(result.published?.problem).toBe('not-published-by-service')
  })

  it('an earlier approved version put back after the service published a newer one', async () => {
    const records = await verified(keys, [
      ['approved', {at: on('2026-03-02')}],
      ['published', {at: on('2026-03-03')}],
      ['approved', {at: on('2026-04-02'), fingerprint: FP.v2}],
      ['published', {at: on('2026-04-03'), fingerprint: FP.v2}],
    ])
    const result = state({published: {fingerprint: FP.v1}, records})
    expect(result.state).toBe('integrity-alert')
    expect(result.published?.problem).toBe('other-version-published')
    expect(state({published: {fingerprint: FP.v2}, records}).state).toBe('published')
  })

  it('a publish record that no approval of exactly that content came before', async () => {
    const records = await verified(keys, [
      ['approved', {at: on('2026-03-02'), fingerprint: FP.v2}],
      ['published', {at: on('2026-03-03')}],
    ])
    const result = state({published: {fingerprint: FP.v1}, records})
    expect(result.published?.problem).toBe('not-approved')
  })

  it('published content that no record approves', async () => {
    const result = state({published: {fingerprint: FP.v1}, records: []})
    expect(result.state).toBe('integrity-alert')
    expect(result.published?.approval).toBeUndefined()
  })

  it('published content that differs from what was approved', async () => {
    const records = await verified(keys, [['approved', {fingerprint: FP.v1}]])
    expect(state({published: {fingerprint: FP.v2}, records}).state).toBe('integrity-alert')
  })

  it('published content only reviewed, never approved', async () => {
    const records = await verified(keys, [['review-requested'], ['changes-requested']])
    expect(state({published: {fingerprint: FP.v1}, records}).state).toBe('integrity-alert')
  })

  it('takes precedence over an approved pending draft, which is still reported', async () => {
    const records = await verified(keys, [['approved', {fingerprint: FP.v2}]])
    const result = state({
      draft: {fingerprint: FP.v2, rev: 'r2'},
      published: {fingerprint: FP.v1},
      records,
    })
    expect(result.state).toBe('integrity-alert')
    expect(result.draft?.state).toBe('approved')
  })

  it('content taken down and then put back without a new sign-off', async () => {
    const records = await verified(keys, [
      ['approved', {at: on('2026-03-02')}],
      ['unpublished', {at: on('2026-04-02')}],
    ])
    expect(state({published: {fingerprint: FP.v1}, records}).state).toBe('integrity-alert')
  })

  it('a takedown leaves its draft needing a new sign-off, then a new approval clears it', async () => {
    const records = await verified(keys, [
      ['approved', {at: on('2026-03-02')}],
      ['unpublished', {at: on('2026-04-02')}],
    ])
    const draft = {fingerprint: FP.v1, rev: 'r5'}
    const takenDown = state({draft, records})
    expect(takenDown.state).toBe('changes-requested')
    expect(takenDown.latestDecision?.kind).toBe('unpublished')
    const reApproved = [
      ...records,
      ...(await verified(keys, [['approved', {at: on('2026-04-10'), actor: actors.helen}]])),
    ]
    expect(state({draft, records: reApproved}).state).toBe('approved')
    expect(state({published: {fingerprint: FP.v1}, records: reApproved}).state).toBe(
      'integrity-alert',
    )
    const republished = [
      ...reApproved,
      ...(await verified(keys, [['published', {at: on('2026-04-11')}]])),
    ]
    expect(state({published: {fingerprint: FP.v1}, records: republished}).state).toBe('published')
  })
})

describe('deriveReviewState: citations', () => {
  it('an unverified citation draft is a draft; a verification approves it', async () => {
    expect(citation({draft: {fingerprint: FP.v1, rev: 'r1'}, records: []}).state).toBe('draft')
    const records = await verified(keys, [['citation-verified']])
    const result = citation({draft: {fingerprint: FP.v1, rev: 'r1'}, records})
    expect(result.state).toBe('approved')
    expect(result.draft?.approval?.verificationMethod).toBe('Checked against PubMed')
  })

  it('a published citation with a matching verification is published and never falls due', async () => {
    const records = await verified(keys, [
      ['citation-verified'],
      ['published', {at: on('2026-03-03'), subjectType: 'citation'}],
    ])
    const years = new Date('2036-01-01T00:00:00Z')
    const result = deriveReviewState({
      subjectType: 'citation',
      published: {fingerprint: FP.v1},
      records,
      now: years,
    })
    expect(result.state).toBe('published')
    expect(result.nextReviewDue).toBeUndefined()
  })

  it('a published citation nobody verified is an integrity alert', async () => {
    expect(citation({published: {fingerprint: FP.v1}, records: []}).state).toBe('integrity-alert')
  })

  it('an edited citation needs verifying again', async () => {
    const records = await verified(keys, [['citation-verified']])
    const result = citation({draft: {fingerprint: FP.v2, rev: 'r2'}, records})
    expect(result.state).toBe('draft')
    expect(result.changedSinceSignOff).toBe(true)
  })
})

describe('deriveReviewState: record order', () => {
  it('does not depend on the order records arrive in', async () => {
    const records = await verified(keys, [
      ['review-requested', {at: on('2026-03-01')}],
      ['approved', {at: on('2026-03-04')}],
      ['changes-requested', {at: on('2026-03-03')}],
    ])
    const input = {draft: {fingerprint: FP.v1, rev: 'r1'}}
    expect(state({...input, records}).state).toBe('approved')
    expect(state({...input, records: [...records].reverse()}).state).toBe('approved')
  })

  it('breaks a tie in time by record id, the same way everywhere', async () => {
    const records = await verified(keys, [
      ['approved', {at: on('2026-03-04')}],
      ['changes-requested', {at: on('2026-03-04')}],
    ])
    const input = {draft: {fingerprint: FP.v1, rev: 'r1'}}
    const forward = state({...input, records})
    const backward = state({...input, records: [...records].reverse()})
    expect(forward.latestDecision && idOf(forward.latestDecision)).toBe(
      backward.latestDecision && idOf(backward.latestDecision),
    )
    // The fixture ids grow with each record, so the change request (made second) wins.
    expect(forward.state).toBe('changes-requested')
  })

  it('orders times with offsets by the moment they denote', async () => {
    const records = await verified(keys, [
      ['approved', {at: '2026-03-04T10:30:00+01:00'}],
      ['changes-requested', {at: '2026-03-04T10:00:00Z'}],
    ])
    // 10:30+01:00 is 09:30Z: the change request is newer.
    expect(state({draft: {fingerprint: FP.v1, rev: 'r1'}, records}).state).toBe('changes-requested')
  })
})
