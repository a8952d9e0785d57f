import {evaluate} from 'groq-js'
import {describe, expect, it} from 'vitest'
import {expressionFilter, listenerFilter} from '../../../../lake/src/query/documentFilter.ts'
import {parseQuery, QueryParseError} from '../../../../lake/src/query/parseQuery.ts'
import {bindTextQueries} from '../../../../lake/src/query/textQuery.ts'

const article = {_id: 'drafts.article-a', _type: 'article', title: 'Lower back spasm relief'}

describe('listenerFilter', () => {
  it('selects documents by the filter of *[…], ignoring projections and ordering', async () => {
    const filter = listenerFilter('*[_type == $type]{_id} | order(_createdAt desc)', {
      type: 'article',
    })
    expect(await filter.matches(article)).toBe(true)
    expect(await filter.matches({...article, _type: 'condition'})).toBe(false)
    expect(await listenerFilter('*', {}).matches(article)).toBe(true)
  })

  it('is parsed once per query and params pair (params are inlined at parse time)', () => {
    const query = '*[_id in $ids]'
    expect(listenerFilter(query, {ids: ['a']})).toBe(listenerFilter(query, {ids: ['a']}))
    expect(listenerFilter(query, {ids: ['a']}).matchesNow({_id: 'b'})).toBe(false)
    expect(listenerFilter(query, {ids: ['b']}).matchesNow({_id: 'b'})).toBe(true)
  })

  it('refuses a query that does not select documents, and reports syntax errors by position', () => {
    expect(() => listenerFilter('count(*)', {})).toThrow(QueryParseError)
    expect(() => listenerFilter('*[_type == ]', {})).toThrow(
      expect.objectContaining({name: 'QueryParseError', start: expect.any(Number)}),
    )
  })
})

describe('expressionFilter (grants, webhooks)', () => {
  it("matches Sanity's grant filters synchronously, with identity()", () => {
    const drafts = expressionFilter('_id in path("drafts.**")')
    expect(drafts.matchesNow({_id: 'drafts.a'})).toBe(true)
    expect(drafts.matchesNow({_id: 'a'})).toBe(false)
    const own = expressionFilter('author == identity()')
    expect(own.matchesNow({_id: 'a', author: 'pSam'}, {identity: 'pSam'})).toBe(true)
    expect(own.matchesNow({_id: 'a', author: 'pSam'}, {identity: 'pMaya'})).toBe(false)
  })

  it('lets webhook filters compare before() and after()', async () => {
    const renamed = expressionFilter('before().title != after().title')
    const before = {_id: 'a', title: 'Old'}
    const after = {_id: 'a', title: 'New'}
    expect(await renamed.matches(after, {before, after})).toBe(true)
    expect(await renamed.matches(after, {before: after, after})).toBe(false)
  })
})

describe('parseQuery', () => {
  it("names a parameter the query uses but the caller did not send, as Sanity's API does", () => {
    expect(() => parseQuery('*[_id == $id]', {})).toThrow('param $id referenced, but not provided')
    expect(() => parseQuery('*[_id == $id]', {id: 'a'})).not.toThrow()
  })
})

describe('text::query (the Studio search groq-js lacks)', () => {
  const docs = [
    {_id: 'a', _type: 'article', title: 'Heat therapy for back spasms'},
    {_id: 'b', _type: 'article', title: 'Cold therapy', body: [{children: [{text: 'ice packs'}]}]},
    {_id: 'c', _type: 'article', title: 'Massage'},
  ]
  const search = async (text: string) => {
    const tree = parseQuery('*[[@, _id] match text::query($q)]._id', {q: text})
    const value = await evaluate(bindTextQueries(tree, docs), {dataset: docs})
    return value.get()
  }

  it('matches every document for "*" and words with a trailing wildcard as prefixes', async () => {
    expect(await search('*')).toEqual(['a', 'b', 'c'])
    expect(await search('therap*')).toEqual(['a', 'b'])
    expect(await search('spasm')).toEqual([])
    expect(await search('spasm*')).toEqual(['a'])
  })

  it('searches nested text, requires every term, and honours -negation and "phrases"', async () => {
    expect(await search('ice')).toEqual(['b'])
    expect(await search('cold ice')).toEqual(['b'])
    expect(await search('therapy -cold')).toEqual(['a'])
    expect(await search('"back spasms"')).toEqual(['a'])
  })
})
