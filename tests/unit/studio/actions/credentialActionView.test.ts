import {describe, expect, it} from 'vitest'
import {credentialActionView} from '../../../../studio/src/actions/credentialActionView.ts'
import type {CredentialActionName} from '../../../../studio/src/review/credentialStatus.ts'
import type {CredentialSnapshot} from '../../../../studio/src/review/credentialStore.ts'
import {ServiceRequestError} from '../../../../studio/src/review/serviceClient.ts'
import {credentialService, profile, readySnapshot} from '../credentialService.ts'
import {credentialRecord, people, signed} from '../reviewFixtures.ts'

const helen = people.helen._id
const fresh = {administrator: true, stale: false}

/** The view must be exactly the policy's decision in the service's answer. */
function expectMatchesPolicy(action: CredentialActionName, snapshot: CredentialSnapshot) {
  if (snapshot.phase !== 'ready') throw new Error('expected a ready snapshot')
  const decision = snapshot.status.actions[action]
  const view = credentialActionView(action, snapshot, fresh)
  expect(view.disabled).toBe(!decision.allowed)
  expect(view.title).toBe(decision.allowed ? undefined : decision.reasons.join(' '))
  return view
}

describe('Verify credential', () => {
  it('is offered to an administrator on a published reviewer profile', async () => {
    const snapshot = await readySnapshot(credentialService(helen, profile('helen'), []), 'sam')
    expect(expectMatchesPolicy('verifyCredential', snapshot)).toEqual({
      hidden: false,
      disabled: false,
    })
  })

  it('is hidden from everyone but administrators, whatever the Studio thought', async () => {
    const service = credentialService(helen, profile('helen'), [])
    for (const who of ['maya', 'daniel', 'helen'] as const) {
      const snapshot = await readySnapshot(service, who)
      for (const action of ['verifyCredential', 'revokeCredential'] as const) {
        const view = credentialActionView(action, snapshot, fresh)
        expect(view.hidden).toBe(true)
        expect(view.title).toMatch(/^Only administrators verify and revoke reviewer credentials\./)
      }
    }
  })

  it('is disabled with the policy’s words when the profile lacks what is verified', async () => {
    const noLicence = profile('helen', {licence: undefined})
    const snapshot = await readySnapshot(credentialService(helen, noLicence, []), 'sam')
    expect(expectMatchesPolicy('verifyCredential', snapshot).title).toBe(
      'Add the licence number and who issued it to the published profile: that is what you verify.',
    )
    const unpublished = await readySnapshot(credentialService(helen, null, []), 'sam')
    expect(expectMatchesPolicy('verifyCredential', unpublished).title).toMatch(
      /not published yet: publish their profile first/,
    )
  })

  it('is disabled on the administrator’s own profile: another administrator must', async () => {
    const own = profile('sam', {
      credentials: ['MD'],
      licence: {number: 'DEMO-MD-1', jurisdiction: 'Medical Board of California'},
      credentialExpiry: '2028-01-31',
    })
    const snapshot = await readySnapshot(credentialService(people.sam._id, own, []), 'sam')
    expect(expectMatchesPolicy('verifyCredential', snapshot).title).toMatch(
      /Nobody can verify or revoke their own credential/,
    )
  })
})

describe('Revoke credential', () => {
  it('is disabled while nothing is verified, saying so', async () => {
    const snapshot = await readySnapshot(credentialService(helen, profile('helen'), []), 'sam')
    expect(expectMatchesPolicy('revokeCredential', snapshot).title).toBe(
      'This person holds no verified credential, so there is nothing to revoke.',
    )
  })

  it('is enabled for a verified credential, and not once it is revoked', async () => {
    const verification = await credentialRecord('helen')
    const verified = credentialService(helen, profile('helen'), [verification])
    expect(expectMatchesPolicy('revokeCredential', await readySnapshot(verified, 'sam'))).toEqual({
      hidden: false,
      disabled: false,
    })
    const revocation = await signed(
      'credential-revoked',
      {id: helen, type: 'person'},
      verification.fingerprint,
      {by: 'sam', notes: 'Licence suspended by the board'},
    )
    const revoked = credentialService(helen, profile('helen'), [verification, revocation])
    expect(
      expectMatchesPolicy('revokeCredential', await readySnapshot(revoked, 'sam')).disabled,
    ).toBe(true)
  })
})

describe('before the service has answered', () => {
  it('uses the Studio’s own account to decide whether to show the actions, and waits', () => {
    const loading: CredentialSnapshot = {phase: 'loading', revisionKey: 'r'}
    expect(credentialActionView('verifyCredential', loading, fresh)).toEqual({
      hidden: false,
      disabled: true,
      title: 'Checking the credential status…',
    })
    expect(
      credentialActionView('verifyCredential', loading, {administrator: false, stale: false})
        .hidden,
    ).toBe(true)
  })

  it('waits when the answer is about an earlier published profile, and shows a failure as worded', async () => {
    const snapshot = await readySnapshot(credentialService(helen, profile('helen'), []), 'sam')
    expect(
      credentialActionView('verifyCredential', snapshot, {administrator: true, stale: true}),
    ).toMatchObject({disabled: true, title: 'Checking the credential status…'})
    const error = new ServiceRequestError(0, 'unreachable', 'The review service is not answering')
    const failed: CredentialSnapshot = {phase: 'error', revisionKey: 'r', error}
    expect(credentialActionView('revokeCredential', failed, fresh)).toEqual({
      hidden: false,
      disabled: true,
      title: 'The review service is not answering',
    })
  })
})
