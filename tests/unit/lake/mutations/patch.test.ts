import {describe, expect, it} from 'vitest'
import type {Store} from '../../../../lake/src/store/types.ts'
import {lakeErrorOf, mutate, openTempStore, snapshotOf} from '../store/tempStore.ts'

const block = (key: string, text: string) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs: [],
  children: [{_type: 'span', _key: `${key}-s`, text, marks: []}],
})

function seeded(): Store {
  const store = openTempStore()
  mutate(
    store,
    [
      {
        create: {
          _id: 'article-a',
          _type: 'article',
          title: 'Lower back spasm',
          views: 10,
          tags: ['back', 'pain'],
          body: [block('b1', 'First paragraph.'), block('b2', 'Second paragraph.')],
          importedFrom: {file: '000.txt'},
        },
      },
    ],
    {transactionId: 'tx-seed'},
  )
  return store
}

const patch = (store: Store, operations: Record<string, unknown>) =>
  mutate(store, [{patch: {id: 'article-a', ...operations}}])

const stored = (store: Store) => store.getDocument('article-a')
const bodyOf = (store: Store) =>
  (stored(store)?.body ?? []) as Array<{_key: string; children: Array<{text: string}>}>

describe('patch', () => {
  it('set writes values at JSONMatch paths, including keyed array items', () => {
    const store = seeded()
    patch(store, {
      set: {title: 'Back spasm', 'body[_key=="b2"].style': 'h2', 'importedFrom.sourceTitle': 'S'},
    })
    expect(stored(store)).toMatchObject({
      title: 'Back spasm',
      importedFrom: {file: '000.txt', sourceTitle: 'S'},
    })
    expect(stored(store)?.body).toMatchObject([{style: 'normal'}, {_key: 'b2', style: 'h2'}])
  })

  it('unset removes fields and array items', () => {
    const store = seeded()
    patch(store, {unset: ['views', 'body[_key=="b1"]']})
    expect(stored(store)).not.toHaveProperty('views')
    expect(stored(store)?.body).toMatchObject([{_key: 'b2'}])
  })

  it('setIfMissing only fills what is absent', () => {
    const store = seeded()
    patch(store, {setIfMissing: {title: 'Ignored', standfirst: 'Added'}})
    expect(stored(store)).toMatchObject({title: 'Lower back spasm', standfirst: 'Added'})
  })

  it('inc and dec change numbers', () => {
    const store = seeded()
    patch(store, {inc: {views: 5}})
    patch(store, {dec: {views: 2}})
    expect(stored(store)?.views).toBe(13)
  })

  it('insert places items before, after, or instead of a keyed item', () => {
    const store = seeded()
    patch(store, {insert: {before: 'body[_key=="b1"]', items: [block('b0', 'Zero.')]}})
    patch(store, {insert: {after: 'body[-1]', items: [block('b3', 'Last.')]}})
    patch(store, {insert: {replace: 'body[_key=="b2"]', items: [block('bx', 'Replaced.')]}})
    patch(store, {insert: {after: 'tags[0]', items: ['spasm']}})
    const keys = bodyOf(store).map((item) => item._key)
    expect(keys).toEqual(['b0', 'b1', 'bx', 'b3'])
    expect(stored(store)?.tags).toEqual(['back', 'spasm', 'pain'])
  })

  it('diffMatchPatch edits text as the Studio sends typing', () => {
    const store = seeded()
    patch(store, {
      diffMatchPatch: {
        'body[_key=="b1"].children[_key=="b1-s"].text': '@@ -1,5 +1,6 @@\n Firs\n+s\n t\n',
      },
    })
    const [first] = bodyOf(store)
    expect(first?.children[0]?.text).toBe('Firsst paragraph.')
  })

  it('bumps _rev and _updatedAt and chains previousRev to the last resultRev', () => {
    const store = seeded()
    const first = patch(store, {set: {title: 'One'}})
    const second = patch(store, {set: {title: 'Two'}})
    expect(first.changes[0]).toMatchObject({previousRev: 'tx-seed', resultRev: first.id})
    expect(second.changes[0]).toMatchObject({previousRev: first.id, resultRev: second.id})
    expect(stored(store)?._rev).toBe(second.id)
    expect(stored(store)?._updatedAt).toBe(second.timestamp)
  })

  it('applies with ifRevisionID when the revision matches', () => {
    const store = seeded()
    patch(store, {ifRevisionID: 'tx-seed', set: {title: 'Guarded'}})
    expect(stored(store)?.title).toBe('Guarded')
  })

  it('refuses a stale ifRevisionID with 409 and writes nothing', () => {
    const store = seeded()
    patch(store, {set: {title: 'Someone else'}})
    const before = snapshotOf(store)

    const error = lakeErrorOf(() =>
      mutate(store, [
        {create: {_id: 'article-b', _type: 'article'}},
        {patch: {id: 'article-a', ifRevisionID: 'tx-seed', set: {title: 'Mine'}}},
      ]),
    )
    expect(error.status).toBe(409)
    expect(error.toBody().error).toMatchObject({
      type: 'mutationError',
      items: [{index: 1, error: {type: 'documentRevisionMismatchError', id: 'article-a'}}],
    })
    expect(snapshotOf(store)).toEqual(before)
  })

  it('answers 404 for a missing document', () => {
    const store = seeded()
    const error = lakeErrorOf(() => mutate(store, [{patch: {id: 'nope', set: {a: 1}}}]))
    expect(error.status).toBe(404)
    expect(error.items?.[0]?.error).toMatchObject({type: 'documentNotFoundError', id: 'nope'})
  })

  it('answers 400 for unknown operations and unusable paths', () => {
    const store = seeded()
    const unknown = lakeErrorOf(() => patch(store, {merge: {title: 'x'}}))
    expect(unknown.status).toBe(400)
    expect(unknown.items?.[0]?.error.description).toContain('merge')

    const badPath = lakeErrorOf(() => patch(store, {set: {'body[_key=="b1"': 'x'}}))
    expect(badPath.status).toBe(400)
    expect(badPath.items?.[0]?.error.type).toBe('invalidPatchError')
  })

  it('refuses to change _id or _type', () => {
    const store = seeded()
    const error = lakeErrorOf(() => patch(store, {set: {_type: 'condition'}}))
    expect(error.items?.[0]?.error).toMatchObject({
      type: 'cannotModifyImmutableAttributeError',
      attribute: '_type',
    })
  })
})
