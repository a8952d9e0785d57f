import 'server-only'
import {cache} from 'react'
import {gateClinicalPage} from '../../review/clinicalPage.ts'
import {reviewPublicKeys} from '../../review/keys.ts'
import {getPreviewGrant} from '../../review/previewSession.ts'
import type {ClinicalType} from '../config.ts'
import {
  articlePageQuery,
  clinicalPreviewQuery,
  conditionPageQuery,
  treatmentPageQuery,
} from '../queries/clinical.ts'
import {gatedReadTags} from '../tags.ts'
import type {ArticlePage, ClinicalPage, ConditionPage, TreatmentPage} from '../types.ts'
import {getApprovedById, getVerifiedCitations} from './clinicalIndex.ts'
import {readDrafts, readPublished} from './read.ts'

const pageQueries: Record<ClinicalType, string> = {
  condition: conditionPageQuery,
  treatment: treatmentPageQuery,
  article: articlePageQuery,
}

/** The draft of the previewed document, when this request holds a grant for it at this slug. */
async function previewPage(type: ClinicalType, slug: string): Promise<ClinicalPage | undefined> {
  const grant = await getPreviewGrant()
  if (!grant) return undefined
  const raw = await readDrafts(clinicalPreviewQuery, {id: grant.documentId})
  const verdict = await gateClinicalPage(raw, {
    type,
    keys: await reviewPublicKeys(),
    now: new Date(),
    approved: await getApprovedById(),
    verifiedCitations: await getVerifiedCitations(),
    isDraft: true,
  })
  return verdict.status === 'visible' && verdict.page.slug === slug ? verdict.page : undefined
}

/**
 * The page for `slug`, or undefined (a 404) unless its published document passes the trust
 * gate. Deduplicated per request: metadata and page share one read.
 */
export const getClinicalPage = cache(
  async (type: ClinicalType, slug: string): Promise<ClinicalPage | undefined> => {
    const preview = await previewPage(type, slug)
    if (preview) return preview
    const raw = await readPublished(pageQueries[type], {slug}, gatedReadTags)
    const verdict = await gateClinicalPage(raw, {
      type,
      keys: await reviewPublicKeys(),
      now: new Date(),
      approved: await getApprovedById(),
      verifiedCitations: await getVerifiedCitations(),
      isDraft: false,
    })
    if (verdict.status === 'hidden') {
      console.warn(`[trust gate] hid ${type} "${slug}": ${verdict.reasons.join('; ')}`)
    }
    return verdict.status === 'visible' ? verdict.page : undefined
  },
)

export async function getConditionPage(slug: string): Promise<ConditionPage | undefined> {
  const page = await getClinicalPage('condition', slug)
  return page?.type === 'condition' ? page : undefined
}

export async function getTreatmentPage(slug: string): Promise<TreatmentPage | undefined> {
  const page = await getClinicalPage('treatment', slug)
  return page?.type === 'treatment' ? page : undefined
}

export async function getArticlePage(slug: string): Promise<ArticlePage | undefined> {
  const page = await getClinicalPage('article', slug)
  return page?.type === 'article' ? page : undefined
}
