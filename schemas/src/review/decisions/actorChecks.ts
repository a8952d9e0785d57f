import {credentialAt} from '../credential.ts'
import {formatDay} from '../dates.ts'
import type {PolicyActor} from './policyInput.ts'

/** Sanity roles that can write drafts. */
const EDITING_ROLES = ['administrator', 'developer', 'editor', 'contributor']

export function canEditContent(role: string): boolean {
  return EDITING_ROLES.includes(role)
}

export function nameOf(actor: PolicyActor): string {
  return actor.person?.name?.trim() || 'This account'
}

/**
 * Every signed record names the person who made it, so the actor needs a published profile
 * linked to their Sanity account. `action` starts the sentence: "A sign-off", "A takedown".
 */
export function linkedPersonProblem(actor: PolicyActor, action: string): string | undefined {
  const {person} = actor
  if (!person) {
    return (
      `${action} is recorded under your name, but your Sanity account is not linked to a ` +
      'published person profile: ask an administrator to publish one with your Sanity user id.'
    )
  }
  const {_id: personId} = person
  if (personId.startsWith('drafts.')) {
    return `Only published person profiles count, and ${nameOf(actor)}'s is still a draft: ask an administrator to publish it.`
  }
  if (person.sanityUserId !== actor.sanityUserId) {
    return `The person profile of ${nameOf(actor)} belongs to a different Sanity account, so it cannot be used for yours.`
  }
  return undefined
}

/**
 * Whether the actor may review: a published person linked to their account, whose newest
 * credential record (made by an administrator other than them) verifies a credential that,
 * unless `requireCurrentCredential` is false, has not expired (current through its last day).
 * The profile's own fields (reviewer flag, expiry) grant nothing.
 */
export function reviewerProblems(
  actor: PolicyActor,
  now: Date,
  {requireCurrentCredential = true}: {requireCurrentCredential?: boolean} = {},
): string[] {
  if (!actor.person) {
    return [
      'You are not in the reviewer registry: ask an administrator to publish a person profile ' +
        'for you, linked to your Sanity account, and to verify your credential.',
    ]
  }
  const identity = linkedPersonProblem(actor, 'A review')
  if (identity) return [identity]
  const name = nameOf(actor)
  const standing = credentialAt(actor.credentialRecords, actor.person._id, now)
  switch (standing.state) {
    case 'none':
      return [
        `${name} has no verified reviewer credential: an administrator other than ${name} must ` +
          'check their licence and use "Verify credential" on their profile.',
      ]
    case 'revoked':
      return [
        `${name}'s reviewer credential was revoked on ${formatDay(standing.record.at)} by ` +
          `${standing.record.actor.name} (${standing.record.notes ?? 'no reason given'}): an ` +
          'administrator must verify a credential again before they can review.',
      ]
    case 'expired':
      return requireCurrentCredential
        ? [
            `${name}'s verified credential expired on ${formatDay(standing.credential.expiresOn)}: ` +
              'an administrator must verify the renewed credential before they can review.',
          ]
        : []
    case 'verified':
      return []
  }
}
