import {beforeAll, describe, expect, it} from 'vitest'
import {canRequestChanges, canSignOff, type PolicyContext} from '@vetted/schemas/review'
import {actor, context, credentialOf, credentialUntil, people, personIds} from './policyFixtures.ts'
import {FP, makeKeys, verified, type TestKeys} from './reviewFixtures.ts'

const actorOfDaniel = {
  personId: personIds.daniel,
  sanityUserId: people.daniel.sanityUserId,
  name: people.daniel.name,
}

let keys: TestKeys
beforeAll(async () => {
  keys = await makeKeys()
})

/** Both decisions share the reviewer rules; sign-off adds the review date. */
const decisions = [
  ['canSignOff', canSignOff],
  ['canRequestChanges', canRequestChanges],
] as const

describe.each(decisions)('%s', (_name, decision) => {
  it("allows a registered reviewer with a current credential on someone else's draft", () => {
    expect(decision(context())).toEqual({allowed: true, reasons: []})
  })

  it('allows re-review of the published version when there is no draft', () => {
    const document = {type: 'condition' as const, publishedFingerprint: FP.v1, authorIds: []}
    expect(decision(context({document, history: []})).allowed).toBe(true)
  })

  it('refuses someone who is not in the reviewer registry', () => {
    expect(decision(context({actor: actor('daniel', 'contributor', null)}))).toEqual({
      allowed: false,
      reasons: [
        'You are not in the reviewer registry: ask an administrator to publish a person profile for you, linked to your Sanity account, and to verify your credential.',
      ],
    })
  })

  it('refuses a person nobody has verified a credential for', () => {
    const result = decision(context({actor: actor('maya'), history: []}))
    expect(result.reasons).toEqual([
      'Maya Okafor has no verified reviewer credential: an administrator other than Maya Okafor must check their licence and use "Verify credential" on their profile.',
      'Maya Okafor is listed as an author of this document, so someone else must review it.',
    ])
  })

  it("grants nothing for the profile's own reviewer flag and expiry", () => {
    const selfDeclared = {...people.maya, isReviewer: true, credentialExpiry: '2099-12-31'}
    const document = {type: 'article' as const, draftFingerprint: FP.v1, authorIds: []}
    const result = decision(
      context({actor: actor('maya', 'contributor', selfDeclared), document, history: ['pOther']}),
    )
    expect(result.reasons).toEqual([
      'Maya Okafor has no verified reviewer credential: an administrator other than Maya Okafor must check their licence and use "Verify credential" on their profile.',
    ])
  })

  it('ignores a credential the person verified for themselves, even as an administrator', async () => {
    const self = await credentialOf('daniel', [
      ['credential-verified', {actor: {...actorOfDaniel, credentials: ['MD']}}],
    ])
    const result = decision(context({actor: actor('daniel', 'administrator', people.daniel, self)}))
    expect(result.reasons[0]).toMatch(/^Dr\. Daniel Reyes has no verified reviewer credential/)
  })

  it('refuses a reviewer whose credential was revoked, naming who and why', async () => {
    const revoked = await credentialOf('daniel', [
      ['credential-verified'],
      ['credential-revoked', {at: '2026-03-01T08:00:00.000Z'}],
    ])
    const result = decision(
      context({actor: actor('daniel', 'contributor', people.daniel, revoked)}),
    )
    expect(result.reasons).toEqual([
      "Dr. Daniel Reyes's reviewer credential was revoked on 1 March 2026 by Sam Lee (Licence suspended by the board.): an administrator must verify a credential again before they can review.",
    ])
  })

  it('counts a credential verified again after a revocation', async () => {
    const again = await credentialOf('daniel', [
      ['credential-verified'],
      ['credential-revoked', {at: '2026-03-01T08:00:00.000Z'}],
      ['credential-verified', {at: '2026-04-01T08:00:00.000Z'}],
    ])
    expect(
      decision(context({actor: actor('daniel', 'contributor', people.daniel, again)})).allowed,
    ).toBe(true)
  })

  it('reads the registry from published profiles only', () => {
    const draftProfile = {...people.helen, _id: 'drafts.person-helen-carter'}
    const result = decision(context({actor: actor('helen', 'contributor', draftProfile)}))
    expect(result.reasons).toEqual([
      "Only published person profiles count, and Dr. Helen Carter's is still a draft: ask an administrator to publish it.",
    ])
  })

  it('refuses a profile that belongs to another Sanity account', () => {
    const result = decision(context({actor: actor('maya', 'contributor', people.helen)}))
    expect(result.reasons).toEqual([
      'The person profile of Dr. Helen Carter belongs to a different Sanity account, so it cannot be used for yours.',
    ])
  })

  describe('credential expiry boundary (UTC days)', () => {
    let expiring: Awaited<ReturnType<typeof credentialUntil>>
    beforeAll(async () => {
      expiring = await credentialUntil('daniel', '2026-06-01')
    })
    const at = (iso: string) =>
      decision(
        context({
          actor: actor('daniel', 'contributor', people.daniel, expiring),
          now: new Date(iso),
        }),
      )

    it('is current through the expiry day', () => {
      expect(at('2026-06-01T00:00:00.000Z').allowed).toBe(true)
      expect(at('2026-06-01T23:59:59.999Z').allowed).toBe(true)
    })

    it('has expired from the next day', () => {
      expect(at('2026-06-02T00:00:00.000Z').reasons).toEqual([
        "Dr. Daniel Reyes's verified credential expired on 1 June 2026: an administrator must verify the renewed credential before they can review.",
      ])
    })
  })

  it('refuses a reviewer who edited the draft since the last sign-off', async () => {
    const records = await verified(keys, [['approved', {fingerprint: FP.v2}]])
    const history = [people.maya.sanityUserId, people.daniel.sanityUserId]
    expect(decision(context({records, history})).reasons).toEqual([
      'Dr. Daniel Reyes edited this draft after the last sign-off, so someone else must review it.',
    ])
  })

  it('refuses a reviewer who edited a draft that was never signed off', () => {
    expect(decision(context({history: [people.daniel.sanityUserId]})).reasons).toEqual([
      'Dr. Daniel Reyes edited this draft, so someone else must review it.',
    ])
  })

  it('refuses an author of the document', () => {
    const document = {
      type: 'treatment' as const,
      draftFingerprint: FP.v1,
      authorIds: [personIds.maya, personIds.daniel],
    }
    expect(decision(context({document})).reasons).toEqual([
      'Dr. Daniel Reyes is listed as an author of this document, so someone else must review it.',
    ])
  })

  it('refuses when the history does not reach back to the last sign-off (fail closed)', async () => {
    const records = await verified(keys, [['approved', {fingerprint: FP.v2}]])
    expect(decision(context({records, history: null})).reasons).toEqual([
      "This document's edit history does not reach back to its last sign-off, so it cannot be shown that Dr. Daniel Reyes did not edit it. To be safe, review is refused: ask an administrator.",
    ])
    expect(decision(context({history: null})).reasons[0]).toContain(
      'does not reach back to its creation',
    )
  })

  it('refuses when there is nothing to review', () => {
    const document = {type: 'article' as const, authorIds: []}
    expect(decision(context({document})).reasons).toEqual([
      'There is no saved version of this document to review yet.',
    ])
  })

  it('refuses citations: they are verified, not signed off', () => {
    const document = {type: 'citation' as const, draftFingerprint: FP.v1, authorIds: []}
    expect(decision(context({document}))).toEqual({
      allowed: false,
      reasons: [
        'Citations are not signed off: someone other than their last editor verifies them instead.',
      ],
    })
  })

  it('gives every reason at once', async () => {
    const lapsed = await credentialUntil('daniel', '2026-01-31')
    const input: PolicyContext = context({
      actor: actor('daniel', 'contributor', people.daniel, lapsed),
      history: [people.daniel.sanityUserId],
      document: {type: 'article', draftFingerprint: FP.v1, authorIds: [personIds.daniel]},
    })
    expect(decision(input).reasons).toHaveLength(3)
  })
})

describe('canSignOff: next review date', () => {
  it('allows a shorter interval than the default', () => {
    expect(canSignOff({...context(), requestedNextReviewDue: '2026-12-01'}).allowed).toBe(true)
  })

  it('refuses a longer one, saying the latest allowed date', () => {
    expect(canSignOff({...context(), requestedNextReviewDue: '2027-06-02'}).reasons).toEqual([
      'The next review can be at most 12 months after sign-off: choose 1 June 2027 or earlier.',
    ])
    const sixMonths = {...context({settings: {defaultReviewIntervalMonths: 6}})}
    expect(canSignOff({...sixMonths, requestedNextReviewDue: '2026-12-02'}).allowed).toBe(false)
  })

  it('refuses while the configured interval is unusable', () => {
    const result = canSignOff(context({settings: {defaultReviewIntervalMonths: 0}}))
    expect(result.reasons).toEqual([
      'The default review interval in Site settings is 0 months; it must be a whole number of months from 1 to 120. An administrator can fix it.',
    ])
  })
})
