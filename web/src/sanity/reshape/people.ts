import {z} from 'zod'
import type {CredentialStanding} from '@vetted/schemas/review'
import type {PersonCard, PersonProfile, VerifiedCredential} from '../types.ts'
import {optionalText, textList} from './fields.ts'

const personCardSchema = z.object({
  _id: z.string(),
  name: z.string().trim().min(1),
  slug: optionalText,
  credentials: textList,
  jobTitle: optionalText,
  specialty: optionalText,
})

export function toPersonCard(raw: unknown): PersonCard | undefined {
  const parsed = personCardSchema.safeParse(raw)
  if (!parsed.success) return undefined
  const {_id, ...card} = parsed.data
  return {id: _id, ...card}
}

export function toPersonCards(raw: unknown): PersonCard[] {
  return Array.isArray(raw) ? raw.flatMap((item) => toPersonCard(item) ?? []) : []
}

const profileExtras = z.object({
  bio: optionalText,
  sameAs: textList,
})

/**
 * A public profile. `standing` is the person's credential now, from their verified credential
 * records: only that shows as a verified credential, licence and end date.
 */
export function toPersonProfile(
  raw: unknown,
  standing: CredentialStanding = {state: 'none'},
): PersonProfile | undefined {
  const card = toPersonCard(raw)
  const extras = profileExtras.safeParse(raw)
  if (!card || !extras.success) return undefined
  const sameAs = extras.data.sameAs.filter((url) => /^https?:\/\//i.test(url))
  const verifiedCredential: VerifiedCredential | undefined =
    standing.state === 'verified' || standing.state === 'expired'
      ? {
          ...standing.credential,
          expired: standing.state === 'expired',
          verifiedAt: standing.record.at,
          verifiedBy: standing.record.actor.name,
        }
      : undefined
  return {...card, ...extras.data, sameAs, ...(verifiedCredential ? {verifiedCredential} : {})}
}

/** Full name with credentials, as readers expect it: "Daniel Reyes, MD". */
export function nameWithCredentials(person: {name: string; credentials: string[]}): string {
  const credentials = person.credentials.filter((credential) => !person.name.includes(credential))
  return credentials.length > 0 ? `${person.name}, ${credentials.join(', ')}` : person.name
}
