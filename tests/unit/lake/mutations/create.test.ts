import {describe, expect, it} from 'vitest'
import {lakeErrorOf, mutate, openTempStore, snapshotOf} from '../store/tempStore.ts'

const article = {_id: 'article-a', _type: 'article', title: 'Back pain'}

describe('create', () => {
  it('stores the document with system fields and the transaction id as _rev', () => {
    const store = openTempStore()
    const transaction = mutate(store, [{create: article}], {transactionId: 'tx-create'})

    const stored = store.getDocument('article-a')
    expect(stored).toMatchObject({...article, _rev: 'tx-create'})
    expect(stored?._createdAt).toBe(transaction.timestamp)
    expect(stored?._updatedAt).toBe(transaction.timestamp)
    expect(transaction.results).toEqual([{id: 'article-a', operation: 'create'}])
    expect(transaction.changes).toHaveLength(1)
    expect(transaction.changes[0]).toMatchObject({id: 'article-a', transition: 'appear'})
    expect(transaction.changes[0]).not.toHaveProperty('previousRev')
  })

  it('keeps a given _createdAt but owns _rev and _updatedAt', () => {
    const store = openTempStore()
    const transaction = mutate(
      store,
      [
        {
          create: {
            ...article,
            _createdAt: '2020-01-01T00:00:00.000Z',
            _updatedAt: '1999-01-01T00:00:00.000Z',
            _rev: 'forged',
          },
        },
      ],
      {transactionId: 'tx-create'},
    )
    expect(store.getDocument('article-a')).toEqual({
      ...article,
      _createdAt: '2020-01-01T00:00:00.000Z',
      _updatedAt: transaction.timestamp,
      _rev: 'tx-create',
    })
  })

  it('generates an id when none is given, and completes an id ending in "."', () => {
    const store = openTempStore()
    const transaction = mutate(store, [
      {create: {_type: 'article'}},
      {create: {_id: 'drafts.', _type: 'article'}},
    ])
    const [generated, prefixed] = transaction.results.map((result) => result.id)
    expect(generated).toMatch(/^[0-9a-f-]{36}$/)
    expect(prefixed).toMatch(/^drafts\.[0-9a-f-]{36}$/)
    expect(store.getDocument(prefixed ?? '')?._type).toBe('article')
  })

  it('refuses an existing id with 409 and writes nothing', () => {
    const store = openTempStore()
    mutate(store, [{create: article}])
    const before = snapshotOf(store)

    const error = lakeErrorOf(() =>
      mutate(store, [{create: {_id: 'article-b', _type: 'article'}}, {create: article}]),
    )
    expect(error.status).toBe(409)
    expect(error.toBody().error).toMatchObject({
      type: 'mutationError',
      items: [{index: 1, error: {type: 'documentAlreadyExistsError', id: 'article-a'}}],
    })
    expect(snapshotOf(store)).toEqual(before)
  })

  it('refuses malformed ids and documents without a _type with 400', () => {
    const store = openTempStore()
    for (const id of ['has space', '-leading-dash', 'a..b', '#hash']) {
      const error = lakeErrorOf(() => mutate(store, [{create: {_id: id, _type: 'article'}}]))
      expect(error.status).toBe(400)
      expect(error.items?.[0]?.error.type).toBe('malformedDocumentIdError')
    }
    const untyped = lakeErrorOf(() => mutate(store, [{create: {_id: 'x'}}]))
    expect(untyped.status).toBe(400)
    expect(untyped.items?.[0]?.error.description).toContain('_type')
    expect(store.allDocuments()).toEqual([])
  })

  it('refuses a _type SQLite could not store as written (a lone surrogate), naming the fix', () => {
    const store = openTempStore()
    const error = lakeErrorOf(() =>
      mutate(store, [
        {create: {_id: 'article-b', _type: 'article'}},
        {create: {_id: 'odd', _type: 'type\uD800'}},
      ]),
    )
    expect(error.status).toBe(400)
    expect(error.items?.[0]).toMatchObject({index: 1, error: {type: 'invalidDocumentError'}})
    expect(error.items?.[0]?.error.description).toMatch(/lone UTF-16 surrogate.*"article"/)
    expect(store.allDocuments()).toEqual([])
  })
})

describe('createOrReplace', () => {
  it('creates, then replaces the whole body keeping _createdAt', () => {
    const store = openTempStore()
    const created = mutate(store, [{createOrReplace: {...article, summary: 'old'}}])
    const replaced = mutate(store, [{createOrReplace: {_id: 'article-a', _type: 'article'}}])

    expect(created.results).toEqual([{id: 'article-a', operation: 'create'}])
    expect(replaced.results).toEqual([{id: 'article-a', operation: 'update'}])
    const stored = store.getDocument('article-a')
    expect(stored).not.toHaveProperty('summary')
    expect(stored?._createdAt).toBe(created.timestamp)
    expect(replaced.changes[0]).toMatchObject({transition: 'update', previousRev: created.id})
  })

  it('refuses to change the _type of an existing document', () => {
    const store = openTempStore()
    mutate(store, [{create: article}])
    const error = lakeErrorOf(() =>
      mutate(store, [{createOrReplace: {_id: 'article-a', _type: 'condition'}}]),
    )
    expect(error.items?.[0]?.error).toMatchObject({
      type: 'cannotModifyImmutableAttributeError',
      attribute: '_type',
    })
    expect(store.getDocument('article-a')?._type).toBe('article')
  })
})

describe('createIfNotExists', () => {
  it('creates a missing document and leaves an existing one untouched', () => {
    const store = openTempStore()
    mutate(store, [{createIfNotExists: article}])
    const stored = store.getDocument('article-a')

    const again = mutate(store, [{createIfNotExists: {...article, title: 'Ignored'}}])
    expect(again.results).toEqual([{id: 'article-a', operation: 'none'}])
    expect(again.changes).toEqual([])
    expect(store.getDocument('article-a')).toEqual(stored)
  })

  it('lets a later patch in the same transaction build on it, as the Studio sends them', () => {
    const store = openTempStore()
    const transaction = mutate(store, [
      {createIfNotExists: article},
      {patch: {id: 'article-a', set: {title: 'Edited'}}},
    ])
    expect(store.getDocument('article-a')?.title).toBe('Edited')
    expect(transaction.changes).toHaveLength(1)
    expect(transaction.changes[0]?.mutations).toEqual([
      {createIfNotExists: expect.objectContaining({_id: 'article-a'})},
      {patch: {id: 'article-a', set: {title: 'Edited'}}},
    ])
  })
})

describe('delete', () => {
  it('removes the document and reports the disappearance', () => {
    const store = openTempStore()
    const created = mutate(store, [{create: article}])
    const deleted = mutate(store, [{delete: {id: 'article-a'}}])

    expect(store.getDocument('article-a')).toBeUndefined()
    expect(deleted.results).toEqual([{id: 'article-a', operation: 'delete'}])
    expect(deleted.changes[0]).toMatchObject({
      transition: 'disappear',
      previousRev: created.id,
      after: null,
    })
    expect(deleted.changes[0]).not.toHaveProperty('resultRev')
  })

  it('succeeds without a change when the document is already gone', () => {
    const store = openTempStore()
    const transaction = mutate(store, [{delete: {id: 'article-gone'}}])
    expect(transaction.results).toEqual([{id: 'article-gone', operation: 'none'}])
    expect(transaction.changes).toEqual([])
  })

  it('refuses delete by query, which this lake does not evaluate', () => {
    const store = openTempStore()
    const error = lakeErrorOf(() => mutate(store, [{delete: {query: '*[_type == "article"]'}}]))
    expect(error.status).toBe(400)
    expect(error.items?.[0]?.error.description).toMatch(/by query is not supported/)
  })
})
