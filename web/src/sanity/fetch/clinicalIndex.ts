import 'server-only'
import {cache} from 'react'
import {buildClinicalIndex} from '../../review/clinicalIndex.ts'
import {reviewPublicKeys} from '../../review/keys.ts'
import {clinicalIndexQuery} from '../queries/clinical.ts'
import {gatedReadTags} from '../tags.ts'
import type {ClinicalIndex, ClinicalSummary} from '../types.ts'
import {readPublished} from './read.ts'

/** Every published clinical document that passed the trust gate, and every one that failed. */
export const getClinicalIndex = cache(async (): Promise<ClinicalIndex> => {
  const raw = await readPublished(clinicalIndexQuery, {}, gatedReadTags)
  return buildClinicalIndex(raw, await reviewPublicKeys(), new Date())
})

export async function getApprovedById(): Promise<Map<string, ClinicalSummary>> {
  const {entries} = await getClinicalIndex()
  return new Map(entries.map((entry) => [entry.id, entry]))
}

export async function getVerifiedCitations(): Promise<Set<string>> {
  return new Set((await getClinicalIndex()).verifiedCitationIds)
}
