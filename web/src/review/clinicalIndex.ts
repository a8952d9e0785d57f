import {z} from 'zod'
import {isClinicalType} from '../sanity/config.ts'
import {toClinicalSummary} from '../sanity/reshape/clinical.ts'
import {parseClinicalDocument} from '../sanity/reshape/clinicalDocument.ts'
import {toPersonCards} from '../sanity/reshape/people.ts'
import {toReviewCredit} from '../sanity/reshape/review.ts'
import type {ClinicalIndex, ClinicalSummary, IntegrityFailure} from '../sanity/types.ts'
import {checkPublishedDocument, type PublicKeys} from './gate.ts'

const indexInputSchema = z.object({
  documents: z.array(z.unknown()).catch([]),
  citations: z.array(z.unknown()).catch([]),
  reviews: z.array(z.unknown()).catch([]),
  credentials: z.array(z.unknown()).catch([]),
  people: z.array(z.unknown()).catch([]),
})

function field(raw: unknown, name: string): unknown {
  return raw && typeof raw === 'object' ? (raw as Record<string, unknown>)[name] : undefined
}

function stringField(raw: unknown, name: string): string | undefined {
  const value = field(raw, name)
  return typeof value === 'string' ? value : undefined
}

function describeForReport(raw: unknown): Omit<IntegrityFailure, 'reasons'> {
  return {
    id: stringField(raw, '_id') ?? '(no id)',
    type: stringField(raw, '_type') ?? '(no type)',
    title: stringField(raw, 'name') ?? stringField(raw, 'title'),
    slug: stringField(field(raw, 'slug'), 'current'),
  }
}

/** Slugs of people by id, to link a signed review credit to the reviewer's page. */
export function personSlugs(rawPeople: unknown): Map<string, string> {
  return new Map(
    toPersonCards(rawPeople).flatMap((person) => (person.slug ? [[person.id, person.slug]] : [])),
  )
}

/**
 * Runs the trust gate over every published clinical document and citation at once: what passes
 * is what lists, search, sitemap, feed and reference lists may show; what fails is reported as
 * an integrity alert. `raw` is the result of `clinicalIndexQuery` (one snapshot).
 */
export async function buildClinicalIndex(
  raw: unknown,
  keys: PublicKeys,
  now: Date,
): Promise<ClinicalIndex> {
  const input = indexInputSchema.parse(raw ?? {})
  const recordsBySubject = new Map<string, unknown[]>()
  for (const record of input.reviews) {
    const subject = stringField(field(record, 'subject'), '_ref')
    if (!subject) continue
    recordsBySubject.set(subject, [...(recordsBySubject.get(subject) ?? []), record])
  }
  const slugs = personSlugs(input.people)
  const entries: ClinicalSummary[] = []
  const failures: IntegrityFailure[] = []

  for (const document of input.documents) {
    const type = stringField(document, '_type')
    if (!type || !isClinicalType(type)) continue
    const id = stringField(document, '_id') ?? ''
    const verdict = await checkPublishedDocument(
      document,
      recordsBySubject.get(id) ?? [],
      input.credentials,
      keys,
      now,
    )
    if (!verdict.visible) {
      failures.push({...describeForReport(document), reasons: verdict.reasons})
      continue
    }
    try {
      const parsed = parseClinicalDocument(document)
      const approvals = verdict.approvals.map(({record, credential}) =>
        toReviewCredit(record, slugs, now, credential),
      )
      const review = toReviewCredit(verdict.approval, slugs, now, verdict.credential)
      entries.push(toClinicalSummary(parsed, review, approvals))
    } catch (error) {
      failures.push({...describeForReport(document), reasons: [String((error as Error).message)]})
    }
  }
  entries.sort((a, b) => a.title.localeCompare(b.title, 'en', {sensitivity: 'base'}))

  const verifiedCitationIds: string[] = []
  for (const citation of input.citations) {
    const id = stringField(citation, '_id') ?? ''
    const verdict = await checkPublishedDocument(
      citation,
      recordsBySubject.get(id) ?? [],
      [],
      keys,
      now,
    )
    if (verdict.visible) verifiedCitationIds.push(id)
    else failures.push({...describeForReport(citation), reasons: verdict.reasons})
  }
  return {entries, verifiedCitationIds, failures}
}
