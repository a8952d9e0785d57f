import {formatDay, isIsoDay, utcDay} from '../dates.ts'
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
 * Whether the actor is in the reviewer registry: a published person linked to their account,
 * with the reviewer flag on and, unless `requireCurrentCredential` is false, a credential that
 * has not expired (current through its expiry day).
 */
export function reviewerProblems(
  actor: PolicyActor,
  now: Date,
  {requireCurrentCredential = true}: {requireCurrentCredential?: boolean} = {},
): string[] {
  if (!actor.person) {
    return [
      'You are not in the reviewer registry: ask an administrator to publish a person profile ' +
        'for you, linked to your Sanity account, with the reviewer flag on.',
    ]
  }
  const identity = linkedPersonProblem(actor, 'A review')
  if (identity) return [identity]
  const name = nameOf(actor)
  const problems: string[] = []
  if (actor.person.isReviewer !== true) {
    problems.push(
      `${name} is not a registered medical reviewer: an administrator must turn on the ` +
        'reviewer flag on their published profile.',
    )
  }
  if (!requireCurrentCredential) return problems
  const expiry = actor.person.credentialExpiry
  if (!expiry || !isIsoDay(expiry)) {
    problems.push(
      `${name} has no credential expiry date on record: an administrator must add it to ` +
        'their published profile before they can review.',
    )
  } else if (expiry < utcDay(now)) {
    problems.push(
      `${name}'s credential expired on ${formatDay(expiry)}: an administrator must record ` +
        'the renewed credential before they can review.',
    )
  }
  return problems
}
