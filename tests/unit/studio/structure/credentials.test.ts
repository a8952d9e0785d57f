import {describe, expect, it} from 'vitest'
import {credentialEntries} from '../../../../studio/src/structure/credentials.ts'
import type {StoredDocument} from '../../../../studio/src/structure/queues.ts'
import {profile} from '../credentialService.ts'
import {credentialRecord, NOW, people, publicKeys, signed} from '../reviewFixtures.ts'

const about = (who: keyof typeof people) => ({id: people[who]._id, type: 'person' as const})

async function entries(documents: StoredDocument[], records: unknown[], now = NOW) {
  return credentialEntries(documents, records, await publicKeys(), now)
}

describe('the Credentials list, derived in the browser from verified credential records', () => {
  it('lists reviewers and anyone with a credential record, with their standing in words', async () => {
    const list = await entries(
      [profile('maya'), profile('daniel'), profile('helen'), profile('sam')],
      [await credentialRecord('daniel'), await credentialRecord('helen')],
    )
    expect(list).toEqual([
      {
        id: 'person-daniel-reyes',
        title: 'Dr. Daniel Reyes',
        state: 'verified',
        detail: 'Verified until 30 Nov 2028 by Sam Lee',
        attention: false,
      },
      {
        id: 'person-helen-carter',
        title: 'Dr. Helen Carter',
        state: 'verified',
        detail: 'Verified until 31 May 2028 by Sam Lee',
        attention: false,
      },
    ])
  })

  it('puts first whoever needs an administrator, saying why', async () => {
    const helenRecord = await credentialRecord('helen')
    const revocation = await signed('credential-revoked', about('helen'), helenRecord.fingerprint, {
      by: 'sam',
      when: new Date('2026-10-01T08:00:00Z'),
      notes: 'Licence suspended by the board',
    })
    const list = await entries(
      [
        profile('daniel', {credentialExpiry: '2030-11-30'}),
        profile('helen'),
        {...profile('maya'), isReviewer: true},
      ],
      [await credentialRecord('daniel'), helenRecord, revocation],
    )
    expect(list.map(({title, detail, attention}) => [title, detail, attention])).toEqual([
      [
        'Dr. Daniel Reyes',
        'Verified until 30 Nov 2028 by Sam Lee · the profile changed since it was verified: verify again',
        true,
      ],
      [
        'Maya Okafor',
        'Not verified · the profile says they review, but they cannot sign off until a credential is verified',
        true,
      ],
      [
        'Dr. Helen Carter',
        'Revoked on 1 Oct 2026 by Sam Lee: Licence suspended by the board',
        false,
      ],
    ])
  })

  it('counts the last days of a credential, and an expired one', async () => {
    const records = [await credentialRecord('helen', {expiresOn: '2026-12-01'})]
    const soon = await entries([profile('helen', {credentialExpiry: '2026-12-01'})], records)
    expect(soon[0]).toMatchObject({
      state: 'verified',
      detail: 'Verified until 1 Dec 2026 by Sam Lee · 9 days left',
      attention: true,
    })
    const later = new Date('2026-12-02T00:00:01Z')
    const expired = await entries(
      [profile('helen', {credentialExpiry: '2026-12-01'})],
      records,
      later,
    )
    expect(expired[0]).toMatchObject({
      state: 'expired',
      detail: 'Expired: verified until 1 Dec 2026 by Sam Lee',
      attention: true,
    })
  })

  it('ignores records that do not verify, or that people made about themselves, and says so', async () => {
    const tampered = {
      ...(await credentialRecord('daniel')),
      credential: {
        credentials: ['MD'],
        licence: {number: 'X', jurisdiction: 'Y'},
        expiresOn: '2099-12-31',
      },
    }
    const ownRecord = await signed('credential-verified', about('helen'), 'f'.repeat(64), {
      by: 'helen',
      credential: {
        credentials: ['MD'],
        licence: {number: 'X', jurisdiction: 'Y'},
        expiresOn: '2099-12-31',
      },
      verificationMethod: 'I checked it myself',
    })
    const list = await entries([profile('daniel'), profile('helen')], [tampered, ownRecord])
    expect(list.map(({title, state, detail}) => [title, state, detail])).toEqual([
      [
        'Dr. Daniel Reyes',
        'none',
        'Not verified · the profile says they review, but they cannot sign off until a credential is verified · 1 credential record does not verify and is ignored',
      ],
      [
        'Dr. Helen Carter',
        'none',
        'Not verified · the profile says they review, but they cannot sign off until a credential is verified',
      ],
    ])
  })

  it('reads the published profile; a reviewer who is only a draft is listed as not published', async () => {
    const draft = {...profile('helen'), _id: 'drafts.person-helen-carter'}
    const list = await entries([draft], [])
    expect(list).toEqual([
      {
        id: 'person-helen-carter',
        title: 'Dr. Helen Carter',
        state: 'none',
        detail: 'Not verified · not published yet: publish the profile, then verify the credential',
        attention: true,
      },
    ])
  })
})
