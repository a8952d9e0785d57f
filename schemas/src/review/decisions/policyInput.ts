import type {ReviewSettings} from '../nextReviewDue.ts'
import type {SubjectType} from '../subjectTypes.ts'
import type {VerifiedReviewRecord} from '../verifyRecord.ts'

/** A `person` document as published: the reviewer registry never reads drafts. */
export type PublishedPerson = {
  _id: string
  name?: string | null
  credentials?: readonly string[] | null
  specialty?: string | null
  /**
   * What the profile says; it grants nothing. Only a `credential-verified` record, made by an
   * administrator who is not this person, makes someone a reviewer.
   */
  credentialExpiry?: string | null
  licence?: {
    number?: string | null
    jurisdiction?: string | null
    registryUrl?: string | null
  } | null
  isReviewer?: boolean | null
  sanityUserId?: string | null
}

export type PolicyActor = {
  /** The caller's Sanity user id, from `GET /users/me`. */
  sanityUserId: string
  /** The caller's Sanity role name: administrator, developer, editor, contributor, viewer. */
  role: string
  /** The published person whose `sanityUserId` is this user, or null when there is none. */
  person: PublishedPerson | null
  /**
   * The validly signed credential records about that person (`credential-verified`,
   * `credential-revoked`): the newest one in force decides whether they may review.
   */
  credentialRecords: readonly VerifiedReviewRecord[]
}

export type PolicyDocument = {
  type: SubjectType
  /** Fingerprint of the draft, when one exists. */
  draftFingerprint?: string | null
  /** Fingerprint of the published document, when one exists. */
  publishedFingerprint?: string | null
  /** Person ids referenced by the document's `authors` (the draft's, when there is one). */
  authorIds: readonly string[]
}

/** Everything a decision may look at; each `can…` takes the part it needs. */
export type PolicyContext = {
  actor: PolicyActor
  document: PolicyDocument
  /** This document's records that passed `filterVerifiedRecords`. */
  records: readonly VerifiedReviewRecord[]
  /**
   * Sanity user ids that wrote transactions to the draft since the document's newest approval
   * (since its creation when it has none), oldest first, from the history API. Leave out the
   * publisher robot's own writes. null when the store's history does not reach back that far:
   * decisions that depend on it then refuse (fail closed).
   */
  history: readonly string[] | null
  /** From `siteSettings`; the default review interval is 12 months. */
  settings?: ReviewSettings
  now: Date
}

/** A yes or no, with every reason for a no in words an editor understands. */
export type Decision = {allowed: boolean; reasons: string[]}

export function decide(reasons: readonly (string | undefined)[]): Decision {
  const present = reasons.filter((reason): reason is string => reason !== undefined)
  return {allowed: present.length === 0, reasons: present}
}

/** The version review actions apply to: the draft, else the published document (re-review). */
export function workingFingerprint(document: PolicyDocument): string | undefined {
  return document.draftFingerprint ?? document.publishedFingerprint ?? undefined
}

export const NOTHING_TO_REVIEW = 'There is no saved version of this document to review yet.'
