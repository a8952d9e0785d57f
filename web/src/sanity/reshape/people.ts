import {z} from 'zod'
import type {PersonCard, PersonProfile} from '../types.ts'
import {flag, optionalText, textList} from './fields.ts'

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

const licenceSchema = z
  .object({number: optionalText, jurisdiction: optionalText, registryUrl: optionalText})
  .optional()
  .catch(undefined)

const profileExtras = z.object({
  bio: optionalText,
  isReviewer: flag,
  credentialExpiry: optionalText,
  licence: licenceSchema,
  sameAs: textList,
})

export function toPersonProfile(raw: unknown): PersonProfile | undefined {
  const card = toPersonCard(raw)
  const extras = profileExtras.safeParse(raw)
  if (!card || !extras.success) return undefined
  const sameAs = extras.data.sameAs.filter((url) => /^https?:\/\//i.test(url))
  return {...card, ...extras.data, sameAs}
}

/** Full name with credentials, as readers expect it: "Daniel Reyes, MD". */
export function nameWithCredentials(person: {name: string; credentials: string[]}): string {
  const credentials = person.credentials.filter((credential) => !person.name.includes(credential))
  return credentials.length > 0 ? `${person.name}, ${credentials.join(', ')}` : person.name
}
