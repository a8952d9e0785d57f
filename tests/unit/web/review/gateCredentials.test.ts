import {beforeAll, describe, expect, it} from 'vitest'
import {checkPublishedDocument} from '../../../../web/src/review/gate.ts'
import {lowerBackSpasm, reyes, testSigner, type TestSigner} from '../../../fixtures/web/content.ts'

// The trust gate's credential rule: a sign-off shows only when its signer held a verified
// reviewer credential, from an administrator other than them, at the moment they signed.

const now = new Date('2025-06-01T12:00:00Z')
let signer: TestSigner
let otherSigner: TestSigner

beforeAll(async () => {
  signer = await testSigner('site-key')
  otherSigner = await testSigner('rogue-key')
})

/** Dr. Reyes's approval of the condition, live, judged with these credential records. */
async function verdictWith(credentials: unknown[]) {
  const doc = lowerBackSpasm()
  return checkPublishedDocument(doc, await signer.live(doc), credentials, signer.keys, now)
}

describe('checkPublishedDocument needs the signer to have held a verified credential when they signed', () => {
  // The default approval is signed 2025-03-12; Dr. Reyes's credential runs 2024-01-01 to 2030.
  const approvedOn = '2025-03-12'

  it('and shows the credential from that record, not from the approval', async () => {
    const reyesAsVerified = {...reyes, credentials: ['MD', 'PhD'], specialty: 'Spine medicine'}
    const credential = await signer.credential({person: reyesAsVerified})
    const verdict = await verdictWith([credential])
    expect(verdict).toMatchObject({
      visible: true,
      credential: {credentials: ['MD', 'PhD'], specialty: 'Spine medicine'},
    })
  })

  it('hides content whose signer never held one', async () => {
    const verdict = await verdictWith([])
    expect(verdict).toMatchObject({
      visible: false,
      reasons: [
        `Dr. Daniel Reyes signed it off on ${approvedOn} without a verified reviewer credential: no validly signed credential-verified record by an administrator other than them existed then`,
      ],
    })
  })

  it('ignores a credential the signer verified for themselves', async () => {
    const self = {personId: reyes._id, sanityUserId: 'pDanielReyes', name: 'Dr. Daniel Reyes'}
    const verdict = await verdictWith([await signer.credential({by: self})])
    expect(verdict.visible).toBe(false)
  })

  it('ignores a credential record signed with an unknown key', async () => {
    const verdict = await verdictWith([await otherSigner.credential()])
    expect(verdict.visible).toBe(false)
  })

  it('hides content signed after the credential was revoked or had expired', async () => {
    const revoked = await signer.credential({
      kind: 'credential-revoked',
      at: '2025-02-01T00:00:00.000Z',
    })
    expect(await verdictWith([...signer.credentialRecords, revoked])).toMatchObject({
      visible: false,
      reasons: [
        expect.stringMatching(
          /^Dr\. Daniel Reyes signed it off on 2025-03-12, after their reviewer credential was revoked/,
        ),
      ],
    })
    const lapsed = await signer.credential({expiresOn: '2025-03-11'})
    expect(await verdictWith([lapsed])).toMatchObject({
      visible: false,
      reasons: [
        'Dr. Daniel Reyes signed it off on 2025-03-12, after their verified credential expired on 2025-03-11',
      ],
    })
  })

  it('keeps content signed while the credential held, after a later revocation', async () => {
    const revokedLater = await signer.credential({
      kind: 'credential-revoked',
      at: '2025-04-01T00:00:00.000Z',
    })
    const verdict = await verdictWith([...signer.credentialRecords, revokedLater])
    expect(verdict).toMatchObject({visible: true, credential: {credentials: ['MD']}})
  })
})
