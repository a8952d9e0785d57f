import {describe, expect, it} from 'vitest'
import {insufficientPermissions} from '../../../../lake/src/errors.ts'
import type {Authorize, Store} from '../../../../lake/src/store/types.ts'
import {act, lakeErrorOf, mutate, openTempStore, snapshotOf} from '../store/tempStore.ts'

const publish = (extra: Record<string, unknown> = {}) => ({
  actionType: 'sanity.action.document.publish',
  draftId: 'drafts.article-a',
  publishedId: 'article-a',
  ...extra,
})

const unpublish = {
  actionType: 'sanity.action.document.unpublish',
  draftId: 'drafts.article-a',
  publishedId: 'article-a',
}

function withDraft(published = false): Store {
  const store = openTempStore()
  const documents = [
    {create: {_id: 'drafts.article-a', _type: 'article', title: 'Draft', author: {_ref: 'p'}}},
  ]
  if (published)
    documents.push({
      create: {_id: 'article-a', _type: 'article', title: 'Old', author: {_ref: 'p'}},
    })
  mutate(store, documents, {transactionId: 'tx-seed'})
  return store
}

/** Sanity's contributor: may write drafts only (the grants in the API reference). */
const contributor: Authorize = ({id, before}) => {
  if (!id.startsWith('drafts.')) throw insufficientPermissions(before ? 'update' : 'create', id)
}

describe('sanity.action.document.publish', () => {
  it('moves the draft content to the published id and deletes the draft, in one transaction', () => {
    const store = withDraft(true)
    const heard: number[] = []
    store.onCommit((transaction) => heard.push(transaction.changes.length))
    const transaction = act(store, [publish({ifPublishedRevisionId: 'tx-seed'})])

    expect(store.getDocument('drafts.article-a')).toBeUndefined()
    expect(store.getDocument('article-a')).toMatchObject({
      _id: 'article-a',
      title: 'Draft',
      _rev: transaction.id,
    })
    expect(transaction.changes.map((change) => [change.id, change.transition])).toEqual([
      ['article-a', 'update'],
      ['drafts.article-a', 'disappear'],
    ])
    expect(transaction.changes[0]?.mutations).toEqual([
      {createOrReplace: expect.objectContaining({_id: 'article-a', title: 'Draft'})},
    ])
    expect(transaction.changes[1]?.mutations).toEqual([{delete: {id: 'drafts.article-a'}}])
    expect(heard).toEqual([2])
  })

  it('publishes a first version (published appears)', () => {
    const store = withDraft()
    const transaction = act(store, [publish()])
    expect(transaction.changes[0]).toMatchObject({id: 'article-a', transition: 'appear'})
    expect(transaction.changes[0]).not.toHaveProperty('previousRev')
  })

  it('refuses a stale ifPublishedRevisionId or ifDraftRevisionId with 409 and writes nothing', () => {
    const store = withDraft(true)
    const before = snapshotOf(store)
    for (const guard of [{ifPublishedRevisionId: 'stale'}, {ifDraftRevisionId: 'stale'}]) {
      const error = lakeErrorOf(() => act(store, [publish(guard)]))
      expect(error.status).toBe(409)
      expect(error.items?.[0]?.error.type).toBe('documentRevisionMismatchError')
    }
    expect(
      lakeErrorOf(() => act(withDraft(), [publish({ifPublishedRevisionId: 'x'})])).status,
    ).toBe(409)
    expect(snapshotOf(store)).toEqual(before)
  })

  it('answers 404 when there is no draft to publish', () => {
    const store = openTempStore()
    expect(lakeErrorOf(() => act(store, [publish()])).status).toBe(404)
  })

  it("strengthens the Studio's weak references to documents that were not published yet", () => {
    const store = openTempStore()
    mutate(store, [
      {
        create: {
          _id: 'drafts.article-a',
          _type: 'article',
          about: [
            {
              _key: 'k1',
              _type: 'reference',
              _ref: 'condition-x',
              _weak: true,
              _strengthenOnPublish: {type: 'condition'},
            },
            {
              _key: 'k2',
              _type: 'reference',
              _ref: 'condition-y',
              _weak: true,
              _strengthenOnPublish: {type: 'condition', weak: true},
            },
            {_key: 'k3', _type: 'reference', _ref: 'condition-z', _weak: true},
          ],
        },
      },
    ])
    act(store, [publish()])
    expect(store.getDocument('article-a')?.about).toEqual([
      {_key: 'k1', _type: 'reference', _ref: 'condition-x'},
      {_key: 'k2', _type: 'reference', _ref: 'condition-y', _weak: true},
      {_key: 'k3', _type: 'reference', _ref: 'condition-z', _weak: true},
    ])
  })

  it("refuses a contributor's publish with 403 naming the missing permission, writing nothing", () => {
    const store = withDraft(true)
    const before = snapshotOf(store)
    const error = lakeErrorOf(() =>
      act(store, [publish()], {author: 'pMaya', authorize: contributor}),
    )
    expect(error.status).toBe(403)
    expect(error.toBody().error).toMatchObject({
      type: 'insufficientPermissionsError',
      permission: 'update',
      description: expect.stringContaining('permission "update" required'),
      items: [{index: 0, error: {type: 'insufficientPermissionsError', id: 'article-a'}}],
    })
    expect(snapshotOf(store)).toEqual(before)
  })

  it('lets a contributor edit the draft, which the same authorizer allows', () => {
    const store = withDraft(true)
    act(
      store,
      [
        {
          actionType: 'sanity.action.document.edit',
          draftId: 'drafts.article-a',
          publishedId: 'article-a',
          patch: {set: {title: 'By Maya'}},
        },
      ],
      {author: 'pMaya', authorize: contributor},
    )
    expect(store.getDocument('drafts.article-a')?.title).toBe('By Maya')
  })
})

describe('sanity.action.document.unpublish', () => {
  it('turns the published document back into a draft', () => {
    const store = openTempStore()
    mutate(store, [{create: {_id: 'article-a', _type: 'article', title: 'Live'}}])
    const transaction = act(store, [unpublish])
    expect(store.getDocument('article-a')).toBeUndefined()
    expect(store.getDocument('drafts.article-a')).toMatchObject({title: 'Live'})
    expect(transaction.changes.map((change) => [change.id, change.transition])).toEqual([
      ['drafts.article-a', 'appear'],
      ['article-a', 'disappear'],
    ])
  })

  it('keeps an existing draft as it is', () => {
    const store = withDraft(true)
    act(store, [unpublish])
    expect(store.getDocument('drafts.article-a')?.title).toBe('Draft')
    expect(store.getDocument('article-a')).toBeUndefined()
  })
})

describe('deleting', () => {
  it('delete removes the published document and the listed drafts', () => {
    const store = withDraft(true)
    act(store, [
      {
        actionType: 'sanity.action.document.delete',
        publishedId: 'article-a',
        includeDrafts: ['drafts.article-a'],
      },
    ])
    expect(store.getDocuments(['article-a', 'drafts.article-a'])).toEqual([undefined, undefined])
  })

  it('delete refuses to leave an unlisted draft behind', () => {
    const store = withDraft(true)
    const error = lakeErrorOf(() =>
      act(store, [
        {actionType: 'sanity.action.document.delete', publishedId: 'article-a', includeDrafts: []},
      ]),
    )
    expect(error.status).toBe(409)
    expect(store.getDocument('article-a')).toBeDefined()
  })

  it('discard deletes the draft and answers 404 when there is none', () => {
    const store = withDraft(true)
    const discard = {actionType: 'sanity.action.document.discard', draftId: 'drafts.article-a'}
    act(store, [discard])
    expect(store.getDocument('drafts.article-a')).toBeUndefined()
    expect(store.getDocument('article-a')).toBeDefined()
    expect(lakeErrorOf(() => act(store, [discard])).status).toBe(404)
  })

  it('version.discard answers 404 for a version that does not exist', () => {
    const store = openTempStore()
    const error = lakeErrorOf(() =>
      act(store, [
        {actionType: 'sanity.action.document.version.discard', versionId: 'versions.r1.article-a'},
      ]),
    )
    expect(error.status).toBe(404)
  })
})
