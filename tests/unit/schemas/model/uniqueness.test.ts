import {describe, expect, it} from 'vitest'
import * as fixtures from './fixtures.ts'
import {validateInDataset} from './fixtureWorkspace.ts'

// Uniqueness is checked by querying the dataset (drafts and published alike), as in the Studio.
describe('slugs are unique per type', () => {
  const duplicate = {...fixtures.condition, _id: 'condition-back-spasm', name: 'Back spasm'}

  it('refuses a slug another condition already uses', async () => {
    const markers = await validateInDataset(duplicate, [...fixtures.dataset, duplicate])
    expect(markers.map((marker) => [marker.code, marker.path])).toEqual([
      ['slug.not-unique', ['slug']],
    ])
  })

  it('does not count the draft of the same document as a clash', async () => {
    const draft = {...fixtures.condition, _id: `drafts.${fixtures.condition._id}`}
    expect(await validateInDataset(draft, [...fixtures.dataset, draft])).toEqual([])
  })

  it('allows the same slug on a different type', async () => {
    const article = {...fixtures.article, slug: {_type: 'slug', current: 'lower-back-spasm'}}
    const others = fixtures.dataset.filter((document) => document._id !== article._id)
    expect(await validateInDataset(article, [...others, article])).toEqual([])
  })

  it('asks for lowercase words and hyphens', async () => {
    const person = {...fixtures.editor, slug: {_type: 'slug', current: 'Maya Okafor'}}
    const others = fixtures.dataset.filter((document) => document._id !== person._id)
    const markers = await validateInDataset(person, [...others, person])
    expect(markers.map((marker) => marker.path)).toEqual([['slug']])
  })
})

describe('a Studio user ID belongs to one person', () => {
  it('refuses an ID another person has', async () => {
    const impostor = {
      ...fixtures.editor,
      _id: 'person-impostor',
      slug: {_type: 'slug', current: 'impostor'},
      sanityUserId: fixtures.reviewer.sanityUserId,
    }
    const markers = await validateInDataset(impostor, [...fixtures.dataset, impostor])
    expect(markers.map((marker) => [marker.level, marker.path])).toEqual([
      ['error', ['sanityUserId']],
    ])
  })

  it('accepts the person’s own draft', async () => {
    const draft = {
      ...fixtures.reviewer,
      _id: `drafts.${fixtures.reviewer._id}`,
      bio: 'Updated bio.',
    }
    expect(await validateInDataset(draft, [...fixtures.dataset, draft])).toEqual([])
  })
})
