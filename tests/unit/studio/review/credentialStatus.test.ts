import type {MedicalReviewRecord} from '@vetted/schemas/review'
import {describe, expect, it} from 'vitest'
import {credentialService, profile} from '../credentialService.ts'
import {credentialRecord, people} from '../reviewFixtures.ts'

const helen = people.helen._id

describe('the credential-status answer, as the Studio reads it', () => {
  it('parses the service’s answer: standing, records newest first, decisions and caller', async () => {
    const first = await credentialRecord('helen')
    const renewal = await credentialRecord('helen', {
      when: new Date('2026-09-01T09:00:00Z'),
      expiresOn: '2028-05-31',
    })
    const status = await credentialService(helen, profile('helen'), [first, renewal]).status('sam')
    expect(status.standing).toMatchObject({state: 'verified', expiresOn: '2028-05-31'})
    expect(status.standing.record?._id).toBe(renewal._id)
    expect(status.records.map((record) => record._id)).toEqual([renewal._id, first._id])
    expect(status.caller).toMatchObject({role: 'administrator', personId: people.sam._id})
  })

  it('keeps working when a stored record is forged: it is shown as not verifying', async () => {
    const forged = {...(await credentialRecord('helen')), credential: 'anything at all'}
    const stored = [forged as unknown as MedicalReviewRecord]
    const status = await credentialService(helen, profile('helen'), stored).status('sam')
    expect(status.standing.state).toBe('none')
    expect(status.records).toHaveLength(1)
    expect(status.records[0]).toMatchObject({verified: false})
    expect(status.records[0]?.credential).toBeUndefined()
  })
})
