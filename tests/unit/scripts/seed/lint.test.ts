import {describe, expect, it} from 'vitest'
import {lintBlocks} from '@vetted/schemas/lint'
import {lintDocumentBody, lintSeedArticles} from '@vetted/scripts/seed'
import {buildDemoDataset, documentById} from './seedFixtures.ts'

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

describe('editorial lint on the seeded content', () => {
  it('flags the phone number and the call to book in the articles from 000 and 003', () => {
    for (const id of ['drafts.article-seed-000', 'drafts.article-seed-003']) {
      const found = findings(id)
      expect(found).toContainEqual(
        expect.objectContaining({ruleId: 'commerce/phone-number', text: '310-828-7757'}),
      )
      expect(found.some((finding) => finding.ruleId === 'commerce/promotion')).toBe(true)
    }
  })

  it('flags the shopping and coupon promotions in the article from 001', () => {
    const texts = findings('drafts.article-seed-001')
      .filter((finding) => finding.ruleId === 'commerce/promotion')
      .map((finding) => finding.text.toLowerCase())
    expect(texts.some((text) => text.includes('shop'))).toBe(true)
    expect(texts.some((text) => /save money|coupon/.test(text))).toBe(true)
  })

  it('flags uncited clinical claims in every imported article', () => {
    const counts = lintSeedArticles(documents)
    expect([...counts.keys()].sort()).toEqual(
      ['000', '001', '002', '003', '004'].map((number) => `drafts.article-seed-${number}`),
    )
    for (const byRule of counts.values()) expect(byRule['claims/uncited']).toBeGreaterThan(0)
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
