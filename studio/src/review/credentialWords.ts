import type {CredentialState} from './credentialStatus.ts'
import type {RecordedCredentialView} from './reviewStatus.ts'

const dayFormat = new Intl.DateTimeFormat('en-GB', {dateStyle: 'medium', timeZone: 'UTC'})

/**
 * "30 Nov 2028": a calendar day (YYYY-MM-DD), or the UTC day of a date-time. Credential days
 * are UTC days, as the policy counts them, so every administrator sees the same date.
 */
export function shortDay(dayOrMoment: string): string {
  const date = new Date(
    /^\d{4}-\d{2}-\d{2}$/.test(dayOrMoment) ? `${dayOrMoment}T00:00:00Z` : dayOrMoment,
  )
  return Number.isNaN(date.getTime()) ? dayOrMoment : dayFormat.format(date)
}

/** What a credential record in force says, in either shape (the service's answer, a verified record). */
export interface StandingWords {
  state: CredentialState
  record: {at: string; actor?: {name: string}; notes?: string} | null
  expiresOn: string | null
}

/**
 * One line on a person's standing: "Verified until 30 Nov 2028 by Sam Lee", "Expired on …",
 * "Revoked on 3 Dec 2026 by Sam Lee: reason", or "Not verified".
 */
export function describeStanding({state, record, expiresOn}: StandingWords): string {
  const by = record?.actor ? ` by ${record.actor.name}` : ''
  switch (state) {
    case 'verified':
      return `Verified until ${shortDay(expiresOn ?? '')}${by}`
    case 'expired':
      return `Expired: verified until ${shortDay(expiresOn ?? '')}${by}`
    case 'revoked':
      return `Revoked on ${shortDay(record?.at ?? '')}${by}${record?.notes ? `: ${record.notes}` : ''}`
    case 'none':
      return 'Not verified'
  }
}

/** "DEMO-MD-104233, issued by Medical Board of California". */
export function describeLicence(licence: RecordedCredentialView['licence']): string {
  const number = licence.number || 'no number'
  return licence.jurisdiction ? `${number}, issued by ${licence.jurisdiction}` : number
}
