import 'server-only'
import {searchQuery} from '../queries/search.ts'
import {gatedReadTags} from '../tags.ts'
import type {ClinicalSummary} from '../types.ts'
import {getApprovedById} from './clinicalIndex.ts'
import {readPublished} from './read.ts'
import {searchTerms} from './searchTerms.ts'

/**
 * Approved content matching what the reader typed, best first. The lake ranks candidates; only
 * those that pass the trust gate are returned, shown from their verified content.
 */
export async function searchContent(input: string): Promise<ClinicalSummary[]> {
  const terms = searchTerms(input)
  if (!terms) return []
  const raw = await readPublished(searchQuery, {terms}, gatedReadTags)
  const ids = Array.isArray(raw) ? raw.filter((id): id is string => typeof id === 'string') : []
  const approved = await getApprovedById()
  return ids.flatMap((id) => approved.get(id) ?? [])
}
