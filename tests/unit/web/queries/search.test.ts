import {describe, expect, it} from 'vitest'
import {searchTerms} from '../../../../web/src/sanity/fetch/searchTerms.ts'
import {searchQuery} from '../../../../web/src/sanity/queries/search.ts'
import {
  heatTherapy,
  lowerBackSpasm,
  muscleRelaxants,
  okafor,
  reyes,
  seedArticle,
  type Doc,
} from '../../../fixtures/web/content.ts'
import {runQuery} from '../../../fixtures/web/lake.ts'

const dataset: Doc[] = [
  lowerBackSpasm(),
  heatTherapy(),
  muscleRelaxants(),
  seedArticle(),
  reyes,
  okafor,
  {...heatTherapy({name: 'Draft-only remedy'}), _id: 'drafts.treatment-draft-only'},
]

const search = (text: string) => {
  const terms = searchTerms(text)
  return terms ? runQuery(searchQuery, {terms}, dataset) : Promise.resolve([])
}

describe('searchQuery', () => {
  it('finds a condition by name, first', async () => {
    const ids = (await search('back spasm')) as string[]
    expect(ids[0]).toBe('condition-lower-back-spasm')
  })

  it('finds by synonym', async () => {
    expect(await search('lumbar')).toEqual(['condition-lower-back-spasm'])
  })

  it('matches word prefixes', async () => {
    expect(await search('relax')).toContain('treatment-muscle-relaxants')
  })

  it('finds words in the body text', async () => {
    expect(await search('recurrence')).toEqual(['condition-lower-back-spasm'])
  })

  it('needs every word to match', async () => {
    expect(await search('heat lumbar')).toEqual([])
  })

  it('returns clinical documents only, never people or drafts', async () => {
    expect(await search('okafor')).toEqual([])
    expect(await search('remedy')).toEqual([])
  })
})

describe('searchTerms', () => {
  it('turns words into prefix terms, lowercased and deduplicated', () => {
    expect(searchTerms('Back  back SPASM!')).toBe('back* spasm*')
  })

  it('drops GROQ syntax and punctuation', () => {
    expect(searchTerms('"] || true || ["*')).toBe('true*')
  })

  it('keeps letters of any script', () => {
    expect(searchTerms('Rückenschmerzen')).toBe('rückenschmerzen*')
  })

  it('is undefined when nothing searchable is left', () => {
    expect(searchTerms('  ?! ')).toBeUndefined()
  })

  it('takes at most eight words', () => {
    expect(searchTerms('a b c d e f g h i j')?.split(' ')).toHaveLength(8)
  })
})
