import {describe, expect, it} from 'vitest'
import {describeStanding, shortDay} from '../../../../studio/src/review/credentialWords.ts'
import {credentialOnProfile, sameCredential} from '@vetted/schemas/review'
import {credentialService, profile} from '../credentialService.ts'
import {credentialRecord, people} from '../reviewFixtures.ts'

const helen = people.helen._id

describe('what the Verify credential dialog shows', () => {
  it('is exactly what the service signs, however untidy the profile', async () => {
    const untidy = profile('helen', {
      credentials: [' MD ', '', 'FAAFP'],
      specialty: '  Family Medicine ',
      licence: {
        number: ' DEMO-MD-208871',
        jurisdiction: 'Medical Board of California ',
        registryUrl: 'https://search.dca.ca.gov/details/DEMO-MD-208871',
      },
    })
    const shown = credentialOnProfile(untidy)
    const signed = await credentialService(helen, untidy, []).verify('sam')
    expect(signed.credential).toEqual(shown)
    expect(shown).toEqual({
      credentials: ['MD', 'FAAFP'],
      specialty: 'Family Medicine',
      licence: {
        number: 'DEMO-MD-208871',
        jurisdiction: 'Medical Board of California',
        registryUrl: 'https://search.dca.ca.gov/details/DEMO-MD-208871',
      },
      expiresOn: '2028-05-31',
    })
  })

  it('leaves out what the profile does not say', () => {
    expect(credentialOnProfile(profile('sam'))).toEqual({
      credentials: [],
      licence: {number: '', jurisdiction: ''},
      expiresOn: '',
    })
    expect(credentialOnProfile(null).credentials).toEqual([])
  })

  it('agrees with the service on whether the profile changed since it was verified', async () => {
    const verification = await credentialRecord('helen')
    for (const [changes, matches] of [
      [{}, true],
      [{specialty: ' Family Medicine '}, true],
      [{credentialExpiry: '2030-05-31'}, false],
      [{licence: {number: 'DEMO-MD-999', jurisdiction: 'Medical Board of California'}}, false],
    ] as const) {
      const now = profile('helen', changes)
      const status = await credentialService(helen, now, [verification]).status('sam')
      expect(status.profileMatchesRecord).toBe(matches)
      const verified = status.standing.record?.credential
      if (!verified) throw new Error('expected the verified credential in the answer')
      expect(sameCredential(credentialOnProfile(now), verified)).toBe(matches)
    }
  })
})

describe('standing in words', () => {
  const record = {at: '2026-12-03T14:00:00Z', actor: {name: 'Sam Lee'}, notes: 'Licence lapsed'}

  it('says until when, by whom, or why it ended', () => {
    expect(describeStanding({state: 'verified', record, expiresOn: '2028-11-30'})).toBe(
      'Verified until 30 Nov 2028 by Sam Lee',
    )
    expect(describeStanding({state: 'expired', record, expiresOn: '2026-01-31'})).toBe(
      'Expired: verified until 31 Jan 2026 by Sam Lee',
    )
    expect(describeStanding({state: 'revoked', record, expiresOn: null})).toBe(
      'Revoked on 3 Dec 2026 by Sam Lee: Licence lapsed',
    )
    expect(describeStanding({state: 'none', record: null, expiresOn: null})).toBe('Not verified')
  })

  it('counts days in UTC, as the policy does', () => {
    expect(shortDay('2028-11-30')).toBe('30 Nov 2028')
    expect(shortDay('2026-12-03T23:30:00-05:00')).toBe('4 Dec 2026')
    expect(shortDay('not a day')).toBe('not a day')
  })
})
