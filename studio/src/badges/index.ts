import type {DocumentBadgeComponent, DocumentBadgesContext} from 'sanity'
import {ChangedSinceSignOffBadge} from './ChangedSinceSignOffBadge.ts'
import {ReviewStateBadge} from './ReviewStateBadge.ts'

const reviewedTypes = ['condition', 'treatment', 'article', 'citation']

/** Review badges on clinical types and citations, after Sanity's own. */
export function reviewBadges(
  previous: DocumentBadgeComponent[],
  {schemaType}: DocumentBadgesContext,
): DocumentBadgeComponent[] {
  return reviewedTypes.includes(schemaType)
    ? [...previous, ReviewStateBadge, ChangedSinceSignOffBadge]
    : previous
}
