import {
  credentialAt,
  filterVerifiedRecords,
  isCredentialKind,
  type PublicKeys,
} from '@vetted/schemas/review'
import type {CredentialState} from '../review/credentialStatus.ts'
import {describeStanding} from '../review/credentialWords.ts'
import {credentialOnProfile, sameCredential} from '@vetted/schemas/review'
import type {StoredDocument} from './queues.ts'

/** One person in the Credentials list: their standing, and whether an administrator must act. */
export interface CredentialEntry {
  id: string
  title: string
  state: CredentialState
  detail: string
  /** Something is to be done: not verified, expired, expiring soon, changed, or a bad record. */
  attention: boolean
}

/** A verified credential this close to its last day is listed as needing attention. */
export const EXPIRY_WARNING_DAYS = 60

const DAY = 86_400_000

function nameOf(document: StoredDocument): string {
  return typeof document.name === 'string' && document.name.trim() ? document.name : document._id
}

function subjectOf(record: unknown): string | undefined {
  const subject =
    typeof record === 'object' && record !== null ? Reflect.get(record, 'subject') : undefined
  const ref =
    typeof subject === 'object' && subject !== null ? Reflect.get(subject, '_ref') : undefined
  return typeof ref === 'string' ? ref : undefined
}

function kindOf(record: unknown): string {
  const kind =
    typeof record === 'object' && record !== null ? Reflect.get(record, 'kind') : undefined
  return typeof kind === 'string' ? kind : ''
}

/**
 * Every person whose profile says they review or who has credential records, with their standing
 * derived here, in the browser, from the records that verify against the service's public keys
 * (never from the profile's own fields). People who need an administrator come first, then by name.
 */
export async function credentialEntries(
  people: StoredDocument[],
  records: unknown[],
  publicKeys: PublicKeys,
  now: Date,
): Promise<CredentialEntry[]> {
  const profiles = new Map<
    string,
    {draft: StoredDocument | null; published: StoredDocument | null}
  >()
  for (const document of people) {
    if (document._type !== 'person' || document._id.startsWith('versions.')) continue
    const isDraft = document._id.startsWith('drafts.')
    const id = isDraft ? document._id.slice('drafts.'.length) : document._id
    const pair = profiles.get(id) ?? {draft: null, published: null}
    profiles.set(id, isDraft ? {...pair, draft: document} : {...pair, published: document})
  }
  const entries = await Promise.all(
    [...profiles].map(async ([id, {draft, published}]): Promise<CredentialEntry[]> => {
      const about = records.filter(
        (record) => subjectOf(record) === id && isCredentialKind(kindOf(record)),
      )
      const flagged = [draft, published].some((version) => version?.isReviewer === true)
      if (!flagged && about.length === 0) return []
      const verified = await filterVerifiedRecords(about, publicKeys, {subjectId: id})
      const standing = credentialAt(verified, id, now)
      const inForce = standing.state === 'verified' || standing.state === 'expired'
      const notes: string[] = []
      let attention = false
      if (!published) {
        notes.push('not published yet: publish the profile, then verify the credential')
        attention = true
      } else if (inForce && !sameCredential(credentialOnProfile(published), standing.credential)) {
        notes.push('the profile changed since it was verified: verify again')
        attention = true
      }
      if (standing.state === 'verified') {
        const today = Date.parse(`${now.toISOString().slice(0, 10)}T00:00:00Z`)
        const days = Math.round(
          (Date.parse(`${standing.credential.expiresOn}T00:00:00Z`) - today) / DAY,
        )
        if (days <= EXPIRY_WARNING_DAYS) {
          notes.push(
            days === 0
              ? 'its last day is today'
              : days === 1
                ? 'its last day is tomorrow'
                : `${days} days left`,
          )
          attention = true
        }
      }
      if (standing.state === 'expired' || (standing.state === 'none' && flagged)) attention = true
      if (standing.state === 'none' && flagged && published) {
        notes.push(
          'the profile says they review, but they cannot sign off until a credential is verified',
        )
      }
      const unverified = about.length - verified.length
      if (unverified > 0) {
        notes.push(
          `${unverified} credential record${unverified === 1 ? ' does' : 's do'} not verify and ${unverified === 1 ? 'is' : 'are'} ignored`,
        )
        attention = true
      }
      const line = describeStanding({
        state: standing.state,
        record: standing.state === 'none' ? null : standing.record,
        expiresOn: inForce ? standing.credential.expiresOn : null,
      })
      const current = published ?? draft
      return [
        {
          id,
          title: current ? nameOf(current) : id,
          state: standing.state,
          detail: [line, ...notes].join(' · '),
          attention,
        },
      ]
    }),
  )
  return entries
    .flat()
    .sort((a, b) => Number(b.attention) - Number(a.attention) || a.title.localeCompare(b.title))
}
