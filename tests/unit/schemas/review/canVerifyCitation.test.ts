import {beforeAll, describe, expect, it} from 'vitest'
import {canVerifyCitation, type PolicyDocument} from '@vetted/schemas/review'
import {actor, people} from './policyFixtures.ts'
import {FP, makeKeys, verified, type TestKeys} from './reviewFixtures.ts'

let keys: TestKeys
beforeAll(async () => {
  keys = await makeKeys()
})

const citation: PolicyDocument = {type: 'citation', draftFingerprint: FP.v1, authorIds: []}
const maya = people.maya.sanityUserId
const helen = people.helen.sanityUserId

describe('canVerifyCitation', () => {
  it('allows anyone who wrote nothing to it since it was created', () => {
    expect(
      canVerifyCitation({actor: actor('helen'), document: citation, records: [], history: [maya]}),
    ).toEqual({
      allowed: true,
      reasons: [],
    })
  })

  it('refuses an earlier editor even when someone else made the last edit (four eyes by history)', () => {
    const history = [helen, maya]
    expect(
      canVerifyCitation({actor: actor('helen'), document: citation, records: [], history}).reasons,
    ).toEqual(['Dr. Helen Carter wrote or edited this citation, so someone else must verify it.'])
    expect(
      canVerifyCitation({actor: actor('daniel'), document: citation, records: [], history}).allowed,
    ).toBe(true)
  })

  it('after a verification, refuses whoever edited it since', async () => {
    const records = await verified(keys, [['citation-verified', {fingerprint: FP.v2}]])
    expect(
      canVerifyCitation({actor: actor('maya'), document: citation, records, history: [maya]})
        .reasons,
    ).toEqual([
      'Maya Okafor edited this citation since it was last verified, so someone else must verify it.',
    ])
  })

  it('allows a clinical editor, not only reviewers', () => {
    expect(
      canVerifyCitation({actor: actor('maya'), document: citation, records: [], history: [helen]})
        .allowed,
    ).toBe(true)
  })

  it('refuses the last editor', () => {
    expect(
      canVerifyCitation({
        actor: actor('maya'),
        document: citation,
        records: [],
        history: [helen, maya],
      }).reasons,
    ).toEqual(['Maya Okafor wrote or edited this citation, so someone else must verify it.'])
  })

  it('refuses when the history does not reach back far enough (fail closed)', () => {
    expect(
      canVerifyCitation({actor: actor('helen'), document: citation, records: [], history: null})
        .reasons,
    ).toEqual([
      "This citation's edit history does not reach back to its last verification, so its last editor cannot be identified. To be safe, verification is refused: ask an administrator.",
    ])
  })

  it('refuses when the history shows no edit, so who wrote it is unknown', () => {
    expect(
      canVerifyCitation({actor: actor('helen'), document: citation, records: [], history: []})
        .reasons,
    ).toEqual([
      "This citation's edit history shows no edits, so who wrote it cannot be identified. To be safe, verification is refused.",
    ])
  })

  it('says so when the version was verified and nobody edited it since', async () => {
    const records = await verified(keys, [['citation-verified', {at: '2026-03-04T10:00:00Z'}]])
    expect(
      canVerifyCitation({actor: actor('daniel'), document: citation, records, history: []}).reasons,
    ).toEqual([
      'Dr. Helen Carter already verified this version on 4 March 2026, and nobody has edited it since.',
    ])
  })

  it('refuses an account without a published person profile', () => {
    expect(
      canVerifyCitation({
        actor: actor('helen', 'contributor', null),
        document: citation,
        records: [],
        history: [maya],
      }).reasons,
    ).toEqual([
      'A verification is recorded under your name, but your Sanity account is not linked to a published person profile: ask an administrator to publish one with your Sanity user id.',
    ])
  })

  it('refuses clinical content, which needs a medical sign-off', () => {
    const article = {...citation, type: 'article' as const}
    expect(
      canVerifyCitation({actor: actor('helen'), document: article, records: [], history: [maya]})
        .reasons,
    ).toEqual([
      'Only citations are verified; conditions, treatments and articles need a medical sign-off.',
    ])
  })

  it('refuses a citation with no saved version', () => {
    const empty = {type: 'citation' as const, authorIds: []}
    expect(
      canVerifyCitation({actor: actor('helen'), document: empty, records: [], history: [maya]})
        .reasons,
    ).toEqual(['There is no saved version of this citation to verify yet.'])
  })

  it('verifies the published version when there is no draft', () => {
    const published = {type: 'citation' as const, publishedFingerprint: FP.v1, authorIds: []}
    expect(
      canVerifyCitation({actor: actor('helen'), document: published, records: [], history: [maya]})
        .allowed,
    ).toBe(true)
  })
})
