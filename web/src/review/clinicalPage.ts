import {z} from 'zod'
import type {ClinicalType} from '../sanity/config.ts'
import {toClinicalPage} from '../sanity/reshape/clinical.ts'
import {parseClinicalDocument} from '../sanity/reshape/clinicalDocument.ts'
import {toCitations} from '../sanity/reshape/citations.ts'
import {toPersonCards} from '../sanity/reshape/people.ts'
import {toReviewCredit} from '../sanity/reshape/review.ts'
import type {ClinicalPage, ClinicalSummary} from '../sanity/types.ts'
import {checkPublishedDocument, type PublicKeys} from './gate.ts'
import {personSlugs} from './clinicalIndex.ts'

const pageInputSchema = z.object({
  document: z.unknown(),
  reviews: z.array(z.unknown()).catch([]),
  credentials: z.array(z.unknown()).catch([]),
  authors: z.unknown(),
  citations: z.unknown(),
  reviewers: z.unknown(),
})

export type PageVerdict =
  | {status: 'visible'; page: ClinicalPage}
  | {status: 'hidden'; reasons: string[]}
  | {status: 'missing'}

interface GateOptions {
  type: ClinicalType
  keys: PublicKeys
  now: Date
  /** Approved documents by id: related links show only content that passed the gate itself. */
  approved: ReadonlyMap<string, ClinicalSummary>
  /** Citations whose published content carries a valid signed verification. */
  verifiedCitations: ReadonlySet<string>
  /** A draft preview shows the draft whatever its review state (never on a public response). */
  isDraft: boolean
}

/**
 * Decides whether one page may render, from the result of a `*PageQuery` (one snapshot): the
 * document is shown only if it passes the trust gate, and is rendered from exactly the
 * document that was fingerprinted.
 */
export async function gateClinicalPage(raw: unknown, options: GateOptions): Promise<PageVerdict> {
  const input = pageInputSchema.safeParse(raw)
  if (!input.success || !input.data.document) return {status: 'missing'}
  const {document, reviews, credentials, authors, citations, reviewers} = input.data
  // Preview reads with the drafts perspective: `_id` is the published id, so records still match.
  const verdict = await checkPublishedDocument(
    document,
    reviews,
    credentials,
    options.keys,
    options.now,
  )
  if (!verdict.visible && !options.isDraft) return {status: 'hidden', reasons: verdict.reasons}

  let parsed
  try {
    parsed = parseClinicalDocument(document)
  } catch (error) {
    return {status: 'hidden', reasons: [(error as Error).message]}
  }
  if (parsed._type !== options.type) return {status: 'missing'}
  const slugs = personSlugs(reviewers)
  const page = toClinicalPage(parsed, {
    authors: toPersonCards(authors),
    // A draft preview shows every source it cites; a public page only verified ones (an
    // unverified or edited citation loses its number, its sentence stays).
    citations: toCitations(citations).filter(
      (citation) => options.isDraft || options.verifiedCitations.has(citation.id),
    ),
    review: verdict.visible
      ? toReviewCredit(verdict.approval, slugs, options.now, verdict.credential)
      : undefined,
    isDraft: options.isDraft,
    approved: options.approved,
  })
  return {status: 'visible', page}
}
