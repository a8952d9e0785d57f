import 'server-only'
import {credentialAt, filterVerifiedRecords} from '@vetted/schemas/review'
import {cache} from 'react'
import {z} from 'zod'
import {reviewPublicKeys} from '../../review/keys.ts'
import {personBySlugQuery} from '../queries/people.ts'
import {toPersonProfile} from '../reshape/people.ts'
import {cacheTags, gatedReadTags} from '../tags.ts'
import type {ClinicalSummary, PersonProfile} from '../types.ts'
import {getClinicalIndex} from './clinicalIndex.ts'
import {readPublished} from './read.ts'

export interface PersonPage {
  person: PersonProfile
  /** Approved content whose current sign-off this person signed. */
  reviewed: ClinicalSummary[]
  /** Approved content this person wrote. */
  written: ClinicalSummary[]
}

const storedCredentials = z
  .object({_id: z.string().optional(), credentialRecords: z.array(z.unknown()).catch([])})
  .catch({credentialRecords: []})

/**
 * A reviewer's or author's page. Only people credited on approved content have one: a person
 * document alone does not make a public profile.
 */
export const getPersonPage = cache(async (slug: string): Promise<PersonPage | undefined> => {
  const raw = await readPublished(personBySlugQuery, {slug}, [cacheTags.person, ...gatedReadTags])
  const {_id: id, credentialRecords} = storedCredentials.parse(raw ?? {})
  const verified = id
    ? await filterVerifiedRecords(credentialRecords, await reviewPublicKeys(), {subjectId: id})
    : []
  const person = toPersonProfile(raw, id ? credentialAt(verified, id, new Date()) : undefined)
  if (!person) return undefined
  const {entries} = await getClinicalIndex()
  const reviewed = entries.filter((entry) => entry.review.reviewer.personId === person.id)
  const written = entries.filter((entry) => entry.authorIds.includes(person.id))
  if (reviewed.length === 0 && written.length === 0) return undefined
  return {person, reviewed, written}
})

/** Slugs of everyone with a public page, for static generation and the sitemap. */
export async function getCreditedPeopleSlugs(): Promise<string[]> {
  const {entries} = await getClinicalIndex()
  const slugs = new Set<string>()
  for (const entry of entries) {
    if (entry.review.reviewer.slug) slugs.add(entry.review.reviewer.slug)
  }
  return [...slugs]
}
