import {describe, expect, it} from 'vitest'
import {canUnpublish, type PolicyDocument} from '@vetted/schemas/review'
import {actor, credentialUntil, NOW, people} from './policyFixtures.ts'
import {FP} from './reviewFixtures.ts'

const live: PolicyDocument = {type: 'treatment', publishedFingerprint: FP.v1, authorIds: []}
const reason = 'Dosage advice contradicts the 2026 guideline.'

describe('canUnpublish', () => {
  it('allows a registered reviewer who gives a reason', () => {
    expect(canUnpublish({actor: actor('daniel'), document: live, now: NOW, reason})).toEqual({
      allowed: true,
      reasons: [],
    })
  })

  it('allows an administrator who gives a reason', () => {
    expect(canUnpublish({actor: actor('sam'), document: live, now: NOW, reason}).allowed).toBe(true)
  })

  it('allows a reviewer whose credential has lapsed: taking content down is never the risky direction', async () => {
    const lapsed = await credentialUntil('daniel', '2026-01-31')
    const result = canUnpublish({
      actor: actor('daniel', 'contributor', people.daniel, lapsed),
      document: live,
      now: NOW,
      reason,
    })
    expect(result.allowed).toBe(true)
  })

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['blank', '   '],
  ])('refuses when the reason is %s', (_what, missing) => {
    expect(
      canUnpublish({actor: actor('daniel'), document: live, now: NOW, reason: missing}).reasons,
    ).toEqual(['Give a reason for taking this down: it is recorded with the takedown.'])
  })

  it('refuses when nothing is published', () => {
    const draftOnly = {type: 'article' as const, draftFingerprint: FP.v1, authorIds: []}
    expect(
      canUnpublish({actor: actor('daniel'), document: draftOnly, now: NOW, reason}).reasons,
    ).toEqual(['This document is not published, so there is nothing to take down.'])
  })

  it('refuses an editor who is not a reviewer', () => {
    expect(canUnpublish({actor: actor('maya'), document: live, now: NOW, reason}).reasons).toEqual([
      'Only medical reviewers and administrators can take content down.',
      'Maya Okafor has no verified reviewer credential: an administrator other than Maya Okafor must check their licence and use "Verify credential" on their profile.',
    ])
  })

  it('refuses an account with no profile that is not an administrator', () => {
    const result = canUnpublish({
      actor: actor('maya', 'editor', null),
      document: live,
      now: NOW,
      reason,
    })
    expect(result.reasons[0]).toBe(
      'Only medical reviewers and administrators can take content down.',
    )
    expect(result.reasons[1]).toContain('You are not in the reviewer registry')
  })

  it('refuses an administrator without a linked profile, since the record must name them', () => {
    expect(
      canUnpublish({actor: actor('sam', 'administrator', null), document: live, now: NOW, reason})
        .reasons,
    ).toEqual([
      'A takedown is recorded under your name, but your Sanity account is not linked to a published person profile: ask an administrator to publish one with your Sanity user id.',
    ])
  })
})
