import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {apiVersion, startTestLake, type TestLake} from '../../helpers/lake.ts'

let lake: TestLake

beforeAll(async () => {
  lake = await startTestLake()
  await lake
    .client('pSamLee')
    .transaction()
    .create({_id: 'condition-a', _type: 'condition', name: 'Published only'})
    .create({_id: 'condition-b', _type: 'condition', name: 'Published B'})
    .create({_id: 'drafts.condition-b', _type: 'condition', name: 'Draft of B'})
    .create({_id: 'drafts.condition-c', _type: 'condition', name: 'Draft only'})
    .create({_id: 'versions.r1.condition-a', _type: 'condition', name: 'In a release'})
    .commit()
})
afterAll(() => lake?.stop())

const names = (docs: Array<{name: string}>) => docs.map((doc) => doc.name).sort()

describe('GET /data/query perspectives', () => {
  const query = '*[_type == "condition"]{_id, _originalId, name}'

  it('published (the default from API 2025-02-19) hides drafts and versions', async () => {
    const client = lake.client('rSiteReader')
    expect(names(await client.fetch(query))).toEqual(['Published B', 'Published only'])
    expect(names(await client.fetch(query, {}, {perspective: 'published'}))).toEqual([
      'Published B',
      'Published only',
    ])
  })

  it('drafts overlays drafts on published documents under the published id', async () => {
    const result = await lake.client('rSiteReader').fetch(query, {}, {perspective: 'drafts'})
    expect(result).toEqual(
      expect.arrayContaining([
        {_id: 'condition-a', _originalId: 'condition-a', name: 'Published only'},
        {_id: 'condition-b', _originalId: 'drafts.condition-b', name: 'Draft of B'},
        {_id: 'condition-c', _originalId: 'drafts.condition-c', name: 'Draft only'},
      ]),
    )
    expect(result).toHaveLength(3)
  })

  it('raw shows every document as stored, and older API versions default to raw', async () => {
    const raw = await lake.client('rSiteReader').fetch(query, {}, {perspective: 'raw'})
    expect(raw.map((doc: {_id: string}) => doc._id).sort()).toEqual([
      'condition-a',
      'condition-b',
      'drafts.condition-b',
      'drafts.condition-c',
      'versions.r1.condition-a',
    ])
    const old = lake.client('rSiteReader').withConfig({apiVersion: '2021-06-07'})
    expect(await old.fetch('count(*[_type == "condition"])')).toBe(5)
  })
})

describe('GET /data/query shapes', () => {
  it('passes $params as JSON and echoes the query unless returnQuery=false', async () => {
    const client = lake.client('pMayaOkafor')
    const response = await client.fetch(
      '*[_type == $type && name == $name][0].name',
      {type: 'condition', name: 'Published only'},
      {filterResponse: false},
    )
    expect(response).toMatchObject({
      result: 'Published only',
      query: '*[_type == $type && name == $name][0].name',
    })
    expect(typeof response.ms).toBe('number')
    const quiet = await client.fetch('1 + 1', {}, {filterResponse: false, returnQuery: false})
    expect(quiet).toEqual({result: 2, ms: expect.any(Number)})
  })

  it('answers long queries sent as POST {query, params}', async () => {
    const padding = ` && name != "${'x'.repeat(12_000)}"`
    const result = await lake
      .client('pMayaOkafor')
      .fetch(`*[_type == $type${padding}]._id`, {type: 'condition'})
    expect(result.sort()).toEqual(['condition-a', 'condition-b'])
  })

  it("answers the Studio's text::query search (groq-js lacks it) by matching words", async () => {
    const search =
      '*[_type in $__types && ([@, _id] match text::query($__query))] {_id, name} | order(name asc)'
    const client = lake.client('pMayaOkafor')
    const all = await client.fetch(
      search,
      {__types: ['condition'], __query: '*'},
      {perspective: 'drafts'},
    )
    expect(all).toHaveLength(3)
    const some = await client.fetch(
      search,
      {__types: ['condition'], __query: 'draft*'},
      {perspective: 'drafts'},
    )
    expect(names(some)).toEqual(['Draft of B', 'Draft only'])
  })
})

describe('query errors', () => {
  it('answers 400 queryParseError with the position for invalid GROQ', async () => {
    const response = await fetch(
      `${lake.httpUrl}/v${apiVersion}/data/query/production?query=${encodeURIComponent('*[_type == ]')}`,
      {headers: {authorization: `Bearer ${lake.token('pSamLee')}`}},
    )
    expect(response.status).toBe(400)
    const body = await response.json()
    expect(body).toEqual({
      error: {
        type: 'queryParseError',
        description: expect.any(String),
        query: '*[_type == ]',
        start: expect.any(Number),
        end: expect.any(Number),
      },
    })
    await expect(lake.client('pSamLee').fetch('*[_id == $missing]')).rejects.toMatchObject({
      statusCode: 400,
      details: {
        type: 'queryParseError',
        description: 'param $missing referenced, but not provided',
      },
    })
  })

  it('answers 404 for an unknown dataset and 400 for a parameter that is not JSON', async () => {
    const unknown = lake.client('pSamLee').withConfig({dataset: 'staging'})
    await expect(unknown.fetch('*')).rejects.toMatchObject({
      statusCode: 404,
      message: expect.stringContaining('Dataset "staging" not found'),
    })
    const response = await fetch(
      `${lake.httpUrl}/v${apiVersion}/data/query/production?query=*[_id==$id]&$id=not-json`,
      {headers: {authorization: `Bearer ${lake.token('pSamLee')}`}},
    )
    expect(response.status).toBe(400)
    expect((await response.json()).error.description).toContain('$id is not valid JSON')
  })

  it('answers 401 for a token it never issued and reads nothing without one', async () => {
    const stranger = lake.client('pSamLee').withConfig({token: 'sk-not-a-real-token-0123456789'})
    await expect(stranger.fetch('count(*)')).rejects.toMatchObject({statusCode: 401})
    expect(await lake.anonymous().fetch('count(*)', {}, {perspective: 'raw'})).toBe(0)
  })
})

describe('indexes without configuration', () => {
  it('indexes a field the first time a query filters by its value, and answers the same after', async () => {
    const client = lake.client('rSiteReader')
    const query = '*[_type == "condition" && name == $name]._id'
    expect(await client.fetch(query, {name: 'Published B'})).toEqual(['condition-b'])
    await expect.poll(() => lake.output(), {timeout: 5000}).toMatch(/indexed name for queries/)
    expect(await client.fetch(query, {name: 'Published B'})).toEqual(['condition-b'])
    // Once per field: asking again creates nothing more.
    await client.fetch(query, {name: 'Published only'})
    expect(lake.output().match(/indexed name for queries/g)).toHaveLength(1)
  })
})

describe('ranges and text search without configuration', () => {
  it('indexes a field a range filters by, and a search finds what was just written', async () => {
    const writer = lake.client('pSamLee')
    await writer
      .transaction()
      .create({_id: 'condition-old', _type: 'condition', name: 'Lumbar strain', reviewed: 2001})
      .create({_id: 'condition-new', _type: 'condition', name: 'Sciatica', reviewed: 2023})
      .commit()
    const reader = lake.client('rSiteReader')
    const recent = '*[_type == "condition" && reviewed >= 2020]._id'
    expect(await reader.fetch(recent)).toEqual(['condition-new'])
    await expect.poll(() => lake.output(), {timeout: 5000}).toMatch(/indexed reviewed for queries/)
    expect(await reader.fetch(recent)).toEqual(['condition-new'])

    const search = '*[_type == "condition" && [@, _id] match text::query($words)]._id'
    expect(await reader.fetch(search, {words: 'sciat*'})).toEqual(['condition-new'])
    await writer.patch('condition-old').set({name: 'Sciatica in rowers'}).commit()
    expect(await reader.fetch(search, {words: 'sciat* -rowers'})).toEqual(['condition-new'])
    expect(await reader.fetch('*[_type == "condition" && name match "rower*"]._id')).toEqual([
      'condition-old',
    ])
  })
})
