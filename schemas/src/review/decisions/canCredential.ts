import {credentialAt, credentialOnProfile} from '../credential.ts'
import {formatDay, isIsoDay, utcDay} from '../dates.ts'
import type {VerifiedReviewRecord} from '../verifyRecord.ts'
import {linkedPersonProblem} from './actorChecks.ts'
import {decide, type Decision, type PolicyActor, type PublishedPerson} from './policyInput.ts'

export type CredentialInput = {
  actor: PolicyActor
  /** The person whose credential it is. */
  personId: string
  /** Their published profile, or null when it is not published. */
  person: PublishedPerson | null
  /** Validly signed credential records about them. */
  records: readonly VerifiedReviewRecord[]
  now: Date
}

/** Only an administrator, with a linked profile, who is not the person concerned. */
function administratorProblems(
  {actor, personId, person}: CredentialInput,
  action: string,
): (string | undefined)[] {
  if (actor.role !== 'administrator') {
    return ['Only administrators verify and revoke reviewer credentials.']
  }
  return [
    linkedPersonProblem(actor, action),
    actor.person?._id === personId
      ? 'Nobody can verify or revoke their own credential: another administrator must.'
      : undefined,
    person ? undefined : 'This person is not published yet: publish their profile first.',
  ]
}

/**
 * Verifying a reviewer credential: an administrator other than the person signs what the
 * published profile says (credentials, specialty, licence, expiry), after checking it.
 */
export function canVerifyCredential(input: CredentialInput): Decision {
  const {person, now} = input
  const {credentials, licence, expiresOn: expiry} = credentialOnProfile(person)
  return decide([
    ...administratorProblems(input, 'A credential verification'),
    ...(person
      ? [
          credentials.length > 0
            ? undefined
            : 'Add the credentials to verify (e.g. MD) to the published profile.',
          licence.number && licence.jurisdiction
            ? undefined
            : 'Add the licence number and who issued it to the published profile: that is what you verify.',
          !expiry || !isIsoDay(expiry)
            ? 'Add "Credentials verified until" to the published profile: a credential needs an end date.'
            : expiry < utcDay(now)
              ? `The profile's credential date (${formatDay(expiry)}) has passed: enter the renewed date and publish the profile first.`
              : undefined,
        ]
      : []),
  ])
}

/** Revoking a credential in force (verified or expired): the same administrators, with a reason. */
export function canRevokeCredential(input: CredentialInput & {reason?: string | null}): Decision {
  const standing = credentialAt(input.records, input.personId, input.now)
  return decide([
    ...administratorProblems(input, 'A revocation'),
    standing.state === 'verified' || standing.state === 'expired'
      ? undefined
      : 'This person holds no verified credential, so there is nothing to revoke.',
    input.reason === undefined || input.reason?.trim()
      ? undefined
      : 'Give a reason for revoking the credential: it is recorded with the revocation.',
  ])
}
