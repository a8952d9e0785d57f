import type {DocumentBadgeComponent, DocumentBadgesContext} from 'sanity'
import {ChangedSinceSignOffBadge} from './ChangedSinceSignOffBadge.ts'
import {CredentialBadge} from './CredentialBadge.ts'
import {ReviewStateBadge} from './ReviewStateBadge.ts'

const reviewedTypes = ['condition', 'treatment', 'article', 'citation']

/** Review badges on clinical types and citations, the credential badge on people, after Sanity's own. */
export function reviewBadges(
  previous: DocumentBadgeComponent[],
  {schemaType}: DocumentBadgesContext,
): DocumentBadgeComponent[] {
  if (schemaType === 'person') return [...previous, CredentialBadge]
  return reviewedTypes.includes(schemaType)
    ? [...previous, ReviewStateBadge, ChangedSinceSignOffBadge]
    : previous
}
