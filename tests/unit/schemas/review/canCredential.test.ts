import {describe, expect, it} from 'vitest'
import {
  canRevokeCredential,
  canVerifyCredential,
  credentialAt,
  type CredentialInput,
} from '@vetted/schemas/review'
import {actor, credentialOf, credentials, NOW, people, personIds} from './policyFixtures.ts'

/** Sam, the administrator, about to verify Dr. Reyes's published profile. */
const profile = {
  ...people.daniel,
  licence: {number: 'A123456', jurisdiction: 'Medical Board of California'},
  credentialExpiry: '2027-06-30',
}

function input(overrides: Partial<CredentialInput> = {}): CredentialInput {
  return {
    actor: actor('sam'),
    personId: personIds.daniel,
    person: profile,
    records: [],
    now: NOW,
    ...overrides,
  }
}

describe('canVerifyCredential', () => {
  it("allows an administrator to verify someone else's complete, current profile", () => {
    expect(canVerifyCredential(input())).toEqual({allowed: true, reasons: []})
  })

  it('refuses anyone who is not an administrator, reviewers included', () => {
    expect(canVerifyCredential(input({actor: actor('helen')})).reasons).toEqual([
      'Only administrators verify and revoke reviewer credentials.',
    ])
  })

  it('refuses an administrator verifying their own credential', () => {
    const samAsReviewer = {...people.sam, credentials: ['MD'], licence: profile.licence}
    const own = input({
      personId: personIds.sam,
      person: {...samAsReviewer, credentialExpiry: '2027-06-30'},
    })
    expect(canVerifyCredential(own).reasons).toEqual([
      'Nobody can verify or revoke their own credential: another administrator must.',
    ])
  })

  it('refuses an administrator without a linked profile, since the record names them', () => {
    const reasons = canVerifyCredential(input({actor: actor('sam', 'administrator', null)})).reasons
    expect(reasons[0]).toMatch(/^A credential verification is recorded under your name/)
  })

  it('says what the profile lacks', () => {
    const bare = {...profile, credentials: [' '], licence: {number: 'A1'}, credentialExpiry: null}
    expect(canVerifyCredential(input({person: bare})).reasons).toEqual([
      'Add the credentials to verify (e.g. MD) to the published profile.',
      'Add the licence number and who issued it to the published profile: that is what you verify.',
      'Add "Credentials verified until" to the published profile: a credential needs an end date.',
    ])
  })

  it('refuses a date that has already passed, and an unpublished person', () => {
    const lapsed = {...profile, credentialExpiry: '2026-05-31'}
    expect(canVerifyCredential(input({person: lapsed})).reasons).toEqual([
      "The profile's credential date (31 May 2026) has passed: enter the renewed date and publish the profile first.",
    ])
    expect(canVerifyCredential(input({person: null})).reasons).toEqual([
      'This person is not published yet: publish their profile first.',
    ])
  })
})

describe('canRevokeCredential', () => {
  const reason = 'Licence suspended by the board.'

  it('allows an administrator to revoke a credential in force, with a reason', () => {
    expect(canRevokeCredential({...input({records: credentials.daniel}), reason}).allowed).toBe(
      true,
    )
    expect(
      canRevokeCredential({...input({records: credentials.daniel}), reason: ' '}).reasons,
    ).toEqual(['Give a reason for revoking the credential: it is recorded with the revocation.'])
  })

  it('refuses when there is nothing to revoke', async () => {
    const revoked = await credentialOf('daniel', [
      ['credential-verified'],
      ['credential-revoked', {at: '2026-02-01T00:00:00.000Z'}],
    ])
    for (const records of [[], revoked]) {
      expect(canRevokeCredential({...input({records}), reason}).reasons).toEqual([
        'This person holds no verified credential, so there is nothing to revoke.',
      ])
    }
  })
})

const danielAt = (iso: string) => credentialAt(credentials.daniel, personIds.daniel, new Date(iso))

describe('credentialAt', () => {
  it('is the newest credential record made at or before the moment', async () => {
    const records = await credentialOf('daniel', [
      ['credential-verified', {at: '2026-01-05T09:00:00.000Z'}],
      ['credential-revoked', {at: '2026-03-01T00:00:00.000Z'}],
    ])
    const at = (iso: string) => credentialAt(records, personIds.daniel, new Date(iso)).state
    expect(at('2026-01-05T08:59:59.999Z')).toBe('none')
    expect(at('2026-01-05T09:00:00.000Z')).toBe('verified')
    expect(at('2026-02-28T23:59:59.999Z')).toBe('verified')
    expect(at('2026-03-01T00:00:00.000Z')).toBe('revoked')
  })

  it('expires the day after the verified end date (UTC)', () => {
    const at = danielAt
    expect(at('2026-12-31T23:59:59.999Z').state).toBe('verified')
    expect(at('2027-01-01T00:00:00.000Z')).toMatchObject({
      state: 'expired',
      credential: {expiresOn: '2026-12-31'},
    })
  })

  it('ignores records about someone else and records the person made about themselves', async () => {
    expect(credentialAt(credentials.helen, personIds.daniel, NOW).state).toBe('none')
    const self = await credentialOf('daniel', [
      [
        'credential-verified',
        {
          actor: {
            personId: personIds.daniel,
            sanityUserId: 'pDanielReyes',
            name: 'Dr. Daniel Reyes',
            credentials: ['MD'],
          },
        },
      ],
    ])
    expect(credentialAt(self, personIds.daniel, NOW).state).toBe('none')
  })
})
