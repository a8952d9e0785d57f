import {beforeAll, describe, expect, it} from 'vitest'
import {canRequestChanges, canSignOff, type PolicyContext} from '@vetted/schemas/review'
import {actor, context, people, personIds} from './policyFixtures.ts'
import {FP, makeKeys, verified, type TestKeys} from './reviewFixtures.ts'

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
        'You are not in the reviewer registry: ask an administrator to publish a person profile for you, linked to your Sanity account, with the reviewer flag on.',
      ],
    })
  })

  it('refuses a person whose reviewer flag is off', () => {
    const result = decision(context({actor: actor('maya'), history: []}))
    expect(result.reasons).toEqual([
      'Maya Okafor is not a registered medical reviewer: an administrator must turn on the reviewer flag on their published profile.',
      'Maya Okafor has no credential expiry date on record: an administrator must add it to their published profile before they can review.',
      'Maya Okafor is listed as an author of this document, so someone else must review it.',
    ])
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

  it.each([
    ['missing', undefined],
    ['not a date', 'end of 2026'],
  ])('refuses when the credential expiry is %s', (_what, credentialExpiry) => {
    const person = {...people.daniel, credentialExpiry}
    expect(decision(context({actor: actor('daniel', 'contributor', person)})).reasons).toEqual([
      'Dr. Daniel Reyes has no credential expiry date on record: an administrator must add it to their published profile before they can review.',
    ])
  })

  describe('credential expiry boundary (UTC days)', () => {
    const person = {...people.daniel, credentialExpiry: '2026-06-01'}
    const at = (iso: string) =>
      decision(context({actor: actor('daniel', 'contributor', person), now: new Date(iso)}))

    it('is current through the expiry day', () => {
      expect(at('2026-06-01T00:00:00.000Z').allowed).toBe(true)
      expect(at('2026-06-01T23:59:59.999Z').allowed).toBe(true)
    })

    it('has expired from the next day', () => {
      expect(at('2026-06-02T00:00:00.000Z').reasons).toEqual([
        "Dr. Daniel Reyes's credential expired on 1 June 2026: an administrator must record the renewed credential before they can review.",
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

  it('gives every reason at once', () => {
    const person = {...people.daniel, credentialExpiry: '2026-01-31'}
    const input: PolicyContext = context({
      actor: actor('daniel', 'contributor', person),
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
