import {canonicalJson} from './canonicalJson.ts'
import {utcDay} from './dates.ts'
import {compareRecords} from './recordOrder.ts'
import type {RecordedCredential} from './recordTypes.ts'
import {isCredentialKind} from './subjectTypes.ts'
import type {VerifiedReviewRecord} from './verifyRecord.ts'

/**
 * A person's standing as a reviewer at one moment, from the newest credential record about
 * them made at or before it. `verified`: current through `credential.expiresOn`; `expired`: the
 * verified credential ran out; `revoked`: an administrator ended it; `none`: never verified.
 */
export type CredentialStanding =
  | {state: 'verified' | 'expired'; record: VerifiedReviewRecord; credential: RecordedCredential}
  | {state: 'revoked'; record: VerifiedReviewRecord}
  | {state: 'none'}

/**
 * The credential in force for `personId` at `at`. Records the person made about themselves
 * count for nothing (the service refuses them; a record store can still be handed one).
 */
export function credentialAt(
  records: readonly VerifiedReviewRecord[],
  personId: string,
  at: Date,
): CredentialStanding {
  let found: VerifiedReviewRecord | undefined
  for (const record of records) {
    if (!isCredentialKind(record.kind) || record.subjectType !== 'person') continue
    if (record.subject._ref !== personId || record.actor.personId === personId) continue
    if (Date.parse(record.at) > at.getTime()) continue
    if (!found || compareRecords(record, found) > 0) found = record
  }
  if (!found) return {state: 'none'}
  if (found.kind === 'credential-revoked' || !found.credential) {
    return {state: 'revoked', record: found}
  }
  const state = utcDay(at) <= found.credential.expiresOn ? 'verified' : 'expired'
  return {state, record: found, credential: found.credential}
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined

const field = (from: unknown, name: string): unknown =>
  typeof from === 'object' && from !== null ? Reflect.get(from, name) : undefined

/**
 * What a verification signs, read from a published `person` profile: its credentials,
 * specialty, licence and "Credentials verified until" date, trimmed, blanks left out (an empty
 * string where the profile says nothing). The service signs this; the Studio shows it.
 */
export function credentialOnProfile(profile: unknown): RecordedCredential {
  const credentials = field(profile, 'credentials')
  const licence = field(profile, 'licence')
  const specialty = text(field(profile, 'specialty'))
  const registryUrl = text(field(licence, 'registryUrl'))
  return {
    credentials: Array.isArray(credentials)
      ? credentials.flatMap((entry: unknown) => text(entry) ?? [])
      : [],
    ...(specialty ? {specialty} : {}),
    licence: {
      number: text(field(licence, 'number')) ?? '',
      jurisdiction: text(field(licence, 'jurisdiction')) ?? '',
      ...(registryUrl ? {registryUrl} : {}),
    },
    expiresOn: text(field(profile, 'credentialExpiry')) ?? '',
  }
}

/** Whether two credentials say exactly the same (the profile changed since it was verified?). */
export function sameCredential(a: RecordedCredential, b: RecordedCredential): boolean {
  return canonicalJson(a) === canonicalJson(b)
}
