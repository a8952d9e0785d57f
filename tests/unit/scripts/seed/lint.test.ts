import {describe, expect, it} from 'vitest'
import {lintBlocks} from '@vetted/schemas/lint'
import {lintDocumentBody, lintSeedArticles} from '@vetted/scripts/seed'
import {buildDemoDataset, demoSeedNumbers, documentById} from './seedFixtures.ts'

const {documents} = buildDemoDataset()
/** Every human-readable string of a document: names, lists, summaries and block text. */
function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(textsOf)
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([key, entry]) =>
    key.startsWith('_') ? [] : textsOf(entry),
  )
}

const asBlock = (text: string, index: number) => ({
  _type: 'block',
  _key: `b${index}`,
  style: 'normal',
  markDefs: [],
  children: [{_type: 'span', _key: `s${index}`, text, marks: []}],
})

const findings = (id: string) => lintDocumentBody(documentById(documents, id), documents)

const texts = (id: string, ruleId: string) =>
  findings(id)
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => finding.text)

/** Lint counts of one article, every rule listed as `lintSeedArticles` reports them. */
const rules = (
  absolute: number,
  uncited: number,
  phone: number,
  promotion: number,
  dosage: number,
) => ({
  'claims/absolute': absolute,
  'claims/uncited': uncited,
  'commerce/phone-number': phone,
  'commerce/promotion': promotion,
  'dosage/uncited': dosage,
  'citations/unverified': 0,
  'citations/not-found': 0,
  'citations/retracted': 0,
})

describe('editorial lint on the seeded content', () => {
  it('flags the phone number and the call to book in the clinic articles from 000 and 003', () => {
    expect(texts('drafts.article-seed-000', 'commerce/phone-number')).toEqual(['503-555-0142'])
    expect(texts('drafts.article-seed-000', 'commerce/promotion')).toEqual([
      'award-winning',
      'Call our front desk at 503-555-0142 to schedule a consultation',
      'discounts',
    ])
    expect(texts('drafts.article-seed-003', 'commerce/phone-number')).toEqual(['(971) 555-0187'])
    expect(texts('drafts.article-seed-003', 'commerce/promotion')).toEqual([
      'state-of-the-art',
      '20% off',
      'Call us today at (971) 555-0187 to book your evaluation',
      'request an appointment',
    ])
  })

  it('flags the shopping and coupon promotions in the article from 001, not its care advice', () => {
    expect(texts('drafts.article-seed-001', 'commerce/promotion')).toEqual([
      'Shop for',
      'coupons',
      'save money',
    ])
    expect(texts('drafts.article-seed-001', 'commerce/phone-number')).toEqual([])
  })

  it('flags the absolute claims and unsourced doses where the seeds make them', () => {
    expect(texts('drafts.article-seed-000', 'claims/absolute')).toEqual(['guaranteed'])
    expect(texts('drafts.article-seed-001', 'claims/absolute')).toEqual([
      '100% natural',
      'no side effects',
      'miracle',
      'instant relief',
    ])
    expect(texts('drafts.article-seed-002', 'claims/absolute')).toEqual(['no side effects', 'cure'])
    expect(texts('drafts.article-seed-003', 'claims/absolute')).toEqual([
      'clinically proven',
      'cure',
    ])
    expect(texts('drafts.article-seed-004', 'claims/absolute')).toEqual(['permanently eliminate'])
    expect(texts('drafts.article-seed-000', 'dosage/uncited')).toEqual([
      '200 to 400 mg',
      'every 4 to 6 hours',
    ])
    expect(texts('drafts.article-seed-001', 'dosage/uncited')).toEqual(['every 2 to 3 hours'])
    expect(texts('drafts.article-seed-002', 'dosage/uncited')).toEqual([
      '400 mg',
      'three times a day',
    ])
    expect(texts('drafts.article-seed-004', 'dosage/uncited')).toEqual([
      '5 mg',
      'three times a day',
    ])
  })

  it('counts the findings of every imported article by rule, as the import report prints them', () => {
    const counts = lintSeedArticles(documents)
    const seedArticles = Object.fromEntries(
      [...counts].filter(([id]) => id.startsWith('drafts.article-seed-')),
    )
    expect(seedArticles).toEqual({
      'drafts.article-seed-000': rules(1, 3, 1, 3, 2),
      'drafts.article-seed-001': rules(4, 10, 0, 3, 1),
      'drafts.article-seed-002': rules(2, 1, 0, 0, 2),
      'drafts.article-seed-003': rules(2, 3, 1, 4, 0),
      'drafts.article-seed-004': rules(1, 6, 0, 0, 2),
    })
  })

  it('flags uncited clinical claims in every imported article', () => {
    const counts = lintSeedArticles(documents)
    const ids = demoSeedNumbers.map((number) => `drafts.article-seed-${number}`)
    expect([...counts.keys()]).toEqual(expect.arrayContaining(ids))
    for (const id of ids) expect(counts.get(id)?.['claims/uncited'] ?? 0).toBeGreaterThan(0)
  })

  it('raises no commerce or absolute-claim findings on any text of the curated content', () => {
    const curated = documents.filter(({_type}) =>
      ['condition', 'treatment', 'person', 'siteSettings'].includes(_type),
    )
    expect(curated).toHaveLength(17)
    for (const document of curated) {
      const found = lintBlocks(textsOf(document).map(asBlock)).filter((finding) =>
        /^(commerce|claims\/absolute)/.test(finding.ruleId),
      )
      const {_id: id} = document
      expect({id, found}).toEqual({id, found: []})
    }
  })
})
