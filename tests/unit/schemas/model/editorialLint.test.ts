import {describe, expect, it} from 'vitest'
import * as fixtures from './fixtures.ts'
import {validateInDataset} from './fixtureWorkspace.ts'

const promotion = {
  _type: 'block',
  _key: 'b10c0ffee001',
  style: 'normal',
  markDefs: [],
  children: [
    {
      _type: 'span',
      _key: 's10c0ffee001',
      text: 'Call our clinic today at 310-555-0142 to schedule a consultation.',
      marks: [],
    },
  ],
}

describe('editorial lint in the Studio', () => {
  it('shows promotions and phone numbers as warnings on the block that has them', async () => {
    const body: unknown = fixtures.article['body']
    const article = {...fixtures.article, body: [...(Array.isArray(body) ? body : []), promotion]}
    const others = fixtures.dataset.filter((document) => document._id !== article._id)
    const markers = await validateInDataset(article, [...others, article])

    expect(markers.filter((marker) => marker.level === 'error')).toEqual([])
    const onBlock = markers.filter((marker) => JSON.stringify(marker.path).includes('b10c0ffee001'))
    expect(onBlock.map((marker) => marker.level)).toEqual(['warning', 'warning'])
    expect(onBlock.map((marker) => marker.message).join('\n')).toMatch(/310-555-0142/)
  })

  it('warns when a cited source has not been verified', async () => {
    const unverified = {...fixtures.citation, verification: {status: 'unverified'}}
    const others = fixtures.dataset.filter((document) => document._id !== unverified._id)
    const markers = await validateInDataset(fixtures.condition, [...others, unverified])

    expect(markers.map((marker) => [marker.level, marker.message.split(' — ')[0]])).toEqual([
      ['warning', expect.stringMatching(/nobody has verified/)],
    ])
  })
})
