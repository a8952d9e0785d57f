import {describe, expect, it} from 'vitest'
import {applyEffect, withoutRev} from '../../../../lake/src/history/effects.ts'
import {SNAPSHOT_INTERVAL} from '../../../../lake/src/store/schema.ts'
import type {SanityDocument, Store} from '../../../../lake/src/store/types.ts'
import {act, lakeErrorOf, mutate, openTempStore} from '../store/tempStore.ts'

const draftId = 'drafts.article-a'

const editDraft = (store: Store, title: string, author = 'pMaya') =>
  act(
    store,
    [
      {
        actionType: 'sanity.action.document.edit',
        draftId,
        publishedId: 'article-a',
        patch: {set: {title}},
      },
    ],
    {author},
  )

/** A draft created by an editor, edited twice by a reviewer, then published. */
function withHistory() {
  const store = openTempStore()
  const created = mutate(store, [{create: {_id: draftId, _type: 'article', title: 'v1'}}], {
    author: 'pMaya',
  })
  const second = editDraft(store, 'v2', 'pDaniel')
  const third = editDraft(store, 'v3', 'pDaniel')
  const published = act(
    store,
    [{actionType: 'sanity.action.document.publish', draftId, publishedId: 'article-a'}],
    {author: 'rPublisher'},
  )
  return {store, created, second, third, published}
}

describe('history transactions', () => {
  it('answers the NDJSON lines the Studio reads: id, timestamp, author, documentIDs, mutations, effects', () => {
    const {store, created, published} = withHistory()
    const entries = store.transactions([draftId])
    expect(entries.map((entry) => entry.id)).toEqual([
      created.id,
      expect.any(String),
      expect.any(String),
      published.id,
    ])
    const [first] = entries
    expect(Object.keys(first ?? {})).toEqual([
      'id',
      'timestamp',
      'author',
      'documentIDs',
      'mutations',
      'effects',
    ])
    expect(first).toMatchObject({
      timestamp: created.timestamp,
      author: 'pMaya',
      documentIDs: [draftId],
      mutations: [{create: expect.objectContaining({_id: draftId})}],
      effects: {[draftId]: {apply: [0, expect.objectContaining({title: 'v1'})], revert: [0, null]}},
    })
    // The publish touched both documents; the line names both unless asked for the requested only.
    expect(entries[3]?.documentIDs).toEqual(['article-a', draftId])
    const identified = store.transactions([draftId], {includeIdentifiedDocumentsOnly: true})
    expect(identified[3]?.documentIDs).toEqual([draftId])
    expect(Object.keys(identified[3]?.effects ?? {})).toEqual([draftId])
  })

  it('pages newest first with reverse, limit and an inclusive toTransaction, as the Studio timeline does', () => {
    const {store, created, second, third, published} = withHistory()
    const page = store.transactions(['article-a', draftId], {
      reverse: true,
      limit: 2,
      excludeMutations: true,
    })
    expect(page.map((entry) => entry.id)).toEqual([published.id, third.id])
    expect(page[0]).not.toHaveProperty('mutations')
    const next = store.transactions(['article-a', draftId], {
      reverse: true,
      limit: 2,
      toTransaction: third.id,
    })
    expect(next.map((entry) => entry.id)).toEqual([third.id, second.id])
    const from = store.transactions([draftId], {
      fromTransaction: second.id,
      toTransaction: third.id,
    })
    expect(from.map((entry) => entry.id)).toEqual([second.id, third.id])
    expect(store.transactions([draftId], {authors: ['pMaya']}).map((entry) => entry.id)).toEqual([
      created.id,
    ])
    expect(store.transactions([draftId], {fromTime: published.timestamp}).at(-1)?.id).toBe(
      published.id,
    )
  })

  it('answers 404 for an unknown transaction bound and 400 for a bad time', () => {
    const {store} = withHistory()
    expect(lakeErrorOf(() => store.transactions([draftId], {toTransaction: 'nope'})).status).toBe(
      404,
    )
    expect(lakeErrorOf(() => store.transactions([draftId], {fromTime: 'yesterday'})).status).toBe(
      400,
    )
  })

  it("has effects that rebuild every revision from the one before (the history panel's diff)", () => {
    const {store} = withHistory()
    let state: ReturnType<typeof withoutRev> = null
    for (const entry of store.transactions([draftId])) {
      const effect = entry.effects[draftId]
      if (!effect) throw new Error(`no effect for ${draftId} in ${entry.id}`)
      const next = applyEffect(state, effect.apply)
      expect(applyEffect(next, effect.revert)).toEqual(state)
      state = next
    }
    expect(state).toBeNull()
  })
})

describe('past revisions', () => {
  it('returns a document at each revision, with that revision as _rev', () => {
    const {store, created, second, published} = withHistory()
    expect(store.documentAtRevision(draftId, created.id)).toMatchObject({
      title: 'v1',
      _rev: created.id,
    })
    expect(store.documentAtRevision(draftId, second.id)).toEqual(
      second.changes[0]?.after as SanityDocument,
    )
    expect(store.documentAtRevision('article-a', published.id)?.title).toBe('v3')
    expect(store.documentAtRevision(draftId, published.id)).toBeUndefined()
    expect(store.documentAtRevision(draftId, 'unknown')).toBeUndefined()
  })

  it('rebuilds revisions far past the snapshot interval exactly', () => {
    const store = openTempStore()
    mutate(store, [{create: {_id: draftId, _type: 'article', title: 't0', body: []}}])
    const afters = new Map<string, SanityDocument | null>()
    for (let index = 1; index <= SNAPSHOT_INTERVAL * 2 + 5; index++) {
      const transaction = mutate(store, [
        {
          patch: {
            id: draftId,
            set: {title: `t${index}`},
            insert: {after: 'body[-1]', items: [{_key: `k${index}`, text: `line ${index}`}]},
          },
        },
      ])
      afters.set(transaction.id, transaction.changes[0]?.after ?? null)
    }
    for (const [rev, after] of afters) expect(store.documentAtRevision(draftId, rev)).toEqual(after)
  })

  it('returns the document as it was at a time, and nothing before it existed or after deletion', () => {
    const {store, created, third, published} = withHistory()
    expect(store.documentAtTime(draftId, created.timestamp)?._rev).toBe(created.id)
    expect(store.documentAtTime(draftId, third.timestamp)?.title).toBe('v3')
    expect(store.documentAtTime(draftId, '2000-01-01T00:00:00Z')).toBeUndefined()
    expect(store.documentAtTime(draftId, published.timestamp)).toBeUndefined()
  })
})

describe('authors', () => {
  it('lists who wrote to a document, optionally since a time, and says the log is complete', () => {
    const {store, second} = withHistory()
    expect(store.authorsSince(draftId)).toEqual({
      authors: ['pMaya', 'pDaniel', 'rPublisher'],
      complete: true,
    })
    expect(store.authorsSince(draftId, second.timestamp).authors).toEqual(['pDaniel', 'rPublisher'])
    expect(store.authorsSince('never-existed')).toEqual({authors: [], complete: true})
  })
})

describe('listener resume', () => {
  it('rebuilds logged transactions after a seq exactly as they were committed', () => {
    const store = openTempStore()
    const committed = [
      mutate(store, [{create: {_id: draftId, _type: 'article', title: 'v1'}}]),
      editDraft(store, 'v2'),
      act(store, [
        {actionType: 'sanity.action.document.publish', draftId, publishedId: 'article-a'},
      ]),
      mutate(store, [{delete: {id: 'article-a'}}]),
    ]
    expect(store.transactionsSince(0)).toEqual(committed)
    expect(store.transactionsSince(2).map((transaction) => transaction.seq)).toEqual([3, 4])
    expect(store.transactionsSince(1, 1)).toEqual([committed[1]])
  })
})
