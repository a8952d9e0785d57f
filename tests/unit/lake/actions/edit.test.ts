import {describe, expect, it} from 'vitest'
import type {Store} from '../../../../lake/src/store/types.ts'
import {act, lakeErrorOf, mutate, openTempStore, snapshotOf} from '../store/tempStore.ts'

const edit = (patch: Record<string, unknown>) => ({
  actionType: 'sanity.action.document.edit',
  draftId: 'drafts.article-a',
  publishedId: 'article-a',
  patch,
})

function withPublished(): Store {
  const store = openTempStore()
  mutate(
    store,
    [
      {
        create: {
          _id: 'article-a',
          _type: 'article',
          title: 'Published title',
          _createdAt: '2026-01-01T00:00:00.000Z',
        },
      },
    ],
    {transactionId: 'tx-published'},
  )
  return store
}

describe('sanity.action.document.edit', () => {
  it('creates the missing draft from the published document, then patches it', () => {
    const store = withPublished()
    const transaction = act(store, [edit({set: {title: 'Draft title'}})], {
      transactionId: 'tx-edit',
    })

    expect(store.getDocument('drafts.article-a')).toMatchObject({
      _type: 'article',
      title: 'Draft title',
      _rev: 'tx-edit',
      _createdAt: '2026-01-01T00:00:00.000Z',
    })
    expect(store.getDocument('article-a')?.title).toBe('Published title')
    expect(transaction.changes).toHaveLength(1)
    const [change] = transaction.changes
    expect(change).toMatchObject({id: 'drafts.article-a', transition: 'appear'})
    expect(change).not.toHaveProperty('previousRev')
    // The listener's `mutations`: the draft's creation, then the patch (as in the Studio sample).
    expect(change?.mutations).toEqual([
      {
        createIfNotExists: {
          _id: 'drafts.article-a',
          _type: 'article',
          title: 'Published title',
          _createdAt: '2026-01-01T00:00:00.000Z',
        },
      },
      {patch: {id: 'drafts.article-a', set: {title: 'Draft title'}}},
    ])
  })

  it("accepts the Studio's guard patch on its own, creating the draft", () => {
    const store = withPublished()
    act(store, [edit({unset: ['_empty_action_guard_pseudo_field_']})])
    const draft = store.getDocument('drafts.article-a')
    expect(draft?.title).toBe('Published title')
    expect(draft).not.toHaveProperty('_empty_action_guard_pseudo_field_')
  })

  it('patches an existing draft without touching the published document', () => {
    const store = withPublished()
    const first = act(store, [edit({set: {title: 'One'}})])
    const second = act(store, [edit({set: {title: 'Two'}})])
    expect(second.changes).toHaveLength(1)
    expect(second.changes[0]).toMatchObject({
      transition: 'update',
      previousRev: first.id,
      mutations: [{patch: {id: 'drafts.article-a', set: {title: 'Two'}}}],
    })
    expect(store.getDocument('article-a')?._rev).toBe('tx-published')
  })

  it('answers 404 when neither the draft nor the published document exists', () => {
    const store = openTempStore()
    const error = lakeErrorOf(() => act(store, [edit({set: {title: 'x'}})]))
    expect(error.status).toBe(404)
    expect(error.toBody().error).toMatchObject({
      type: 'actionError',
      items: [{index: 0, error: {type: 'documentNotFoundError'}}],
    })
  })

  it('refuses a draft id that does not belong to the published id', () => {
    const store = withPublished()
    const error = lakeErrorOf(() =>
      act(store, [{...edit({set: {a: 1}}), draftId: 'drafts.article-b'}]),
    )
    expect(error.status).toBe(400)
  })
})

const createAction = (ifExists: 'fail' | 'ignore', extra: Record<string, unknown> = {}) => ({
  actionType: 'sanity.action.document.create',
  publishedId: 'person-x',
  attributes: {_id: 'drafts.person-x', _type: 'person', _rev: 'ignored', ...extra},
  ifExists,
})

describe('sanity.action.document.create', () => {
  it('creates the draft with the client transaction id as _rev', () => {
    const store = openTempStore()
    act(store, [createAction('fail', {name: 'X'})], {transactionId: 'tx-c1'})
    expect(store.getDocument('drafts.person-x')).toMatchObject({name: 'X', _rev: 'tx-c1'})
  })

  it('fails or ignores an existing draft as ifExists says', () => {
    const store = openTempStore()
    act(store, [createAction('fail', {name: 'First'})])
    expect(lakeErrorOf(() => act(store, [createAction('fail', {name: 'Second'})])).status).toBe(409)
    const ignored = act(store, [createAction('ignore', {name: 'Second'})])
    expect(ignored.changes).toEqual([])
    expect(store.getDocument('drafts.person-x')?.name).toBe('First')
  })

  it('refuses to create a draft of a document that is already published', () => {
    const store = openTempStore()
    mutate(store, [{create: {_id: 'person-x', _type: 'person'}}])
    const error = lakeErrorOf(() => act(store, [createAction('fail')]))
    expect(error.status).toBe(409)
    expect(store.getDocument('drafts.person-x')).toBeUndefined()
  })
})

describe('sanity.action.document.replaceDraft', () => {
  it('replaces the draft body, creating the draft from nothing but the published id', () => {
    const store = withPublished()
    act(store, [
      {
        actionType: 'sanity.action.document.replaceDraft',
        publishedId: 'article-a',
        attributes: {_id: 'drafts.article-a', _type: 'article', title: 'Replaced'},
      },
    ])
    expect(store.getDocument('drafts.article-a')).toMatchObject({title: 'Replaced'})
  })
})

describe('actions in general', () => {
  it('answers 400 naming an unsupported action type, and writes nothing', () => {
    const store = withPublished()
    const before = snapshotOf(store)
    const error = lakeErrorOf(() =>
      act(store, [
        edit({set: {title: 'x'}}),
        {actionType: 'sanity.action.release.create', releaseId: 'r1'},
      ]),
    )
    expect(error.status).toBe(400)
    expect(error.toBody().error).toMatchObject({
      type: 'actionError',
      items: [{index: 1, error: {description: expect.stringContaining('release.create')}}],
    })
    expect(snapshotOf(store)).toEqual(before)
  })

  it('applies several actions as one transaction', () => {
    const store = withPublished()
    const transaction = act(store, [
      edit({set: {title: 'x'}}),
      {
        actionType: 'sanity.action.document.publish',
        draftId: 'drafts.article-a',
        publishedId: 'article-a',
      },
    ])
    // Created and deleted within the transaction, the draft ends as it began: absent, unchanged.
    expect(transaction.changes.map((change) => [change.id, change.transition])).toEqual([
      ['article-a', 'update'],
    ])
    expect(store.getDocument('drafts.article-a')).toBeUndefined()
    expect(store.getDocument('article-a')?.title).toBe('x')
  })
})
