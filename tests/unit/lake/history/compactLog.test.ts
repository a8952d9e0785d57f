import {describe, expect, it} from 'vitest'
import {withoutRev} from '../../../../lake/src/history/effects.ts'
import type {Store} from '../../../../lake/src/store/types.ts'
import {Database} from '../store/legacyFiles.ts'
import {act, mutate, openTempStore} from '../store/tempStore.ts'

interface StoredChange {
  mutation_indexes: string
  effect_apply: string | null
  snapshot: string | null
}

/** The log row of one change, read as another process would. */
function storedChange(store: Store, id: string, rev: string): StoredChange | undefined {
  const reader = new Database(store.dbPath, {readonly: true})
  try {
    return reader
      .prepare(
        `SELECT d.mutation_indexes, d.effect_apply, d.snapshot FROM transaction_documents d
         JOIN transactions t ON t.seq = d.seq WHERE d.document_id = ? AND t.id = ?`,
      )
      .get(id, rev) as StoredChange | undefined
  } finally {
    reader.close()
  }
}

describe('the compact transaction log', () => {
  it('stores a new document once: its current revision is the document itself', () => {
    const store = openTempStore()
    const created = mutate(store, [{create: {_id: 'a', _type: 't', title: 'first'}}])
    expect(storedChange(store, 'a', created.id)).toEqual({
      mutation_indexes: '[0]',
      effect_apply: null,
      snapshot: null,
    })
    expect(store.transactions(['a'])[0]?.effects.a).toEqual(created.changes[0]?.effects)
  })

  it('keeps the first revision once the document changes, and rebuilds it exactly', () => {
    const store = openTempStore()
    const created = mutate(store, [{create: {_id: 'a', _type: 't', title: 'first', tags: ['x']}}])
    const edited = mutate(store, [{patch: {id: 'a', set: {title: 'second'}}}])
    const first = created.changes[0]?.after ?? null
    expect(JSON.parse(storedChange(store, 'a', created.id)?.snapshot ?? 'null')).toEqual(
      withoutRev(first),
    )
    expect(store.documentAtRevision('a', created.id)).toEqual(first)
    expect(store.documentAtRevision('a', edited.id)).toEqual(edited.changes[0]?.after)
  })

  it("rebuilds a deleted document's last revision and the deletion's effects", () => {
    const store = openTempStore()
    mutate(store, [{create: {_id: 'a', _type: 't', title: 'first'}}])
    const edited = mutate(store, [{patch: {id: 'a', set: {title: 'second'}}}])
    const deleted = mutate(store, [{delete: {id: 'a'}}])
    const again = mutate(store, [{create: {_id: 'a', _type: 't', title: 'again'}}])
    expect(store.documentAtRevision('a', edited.id)).toEqual(edited.changes[0]?.after)
    expect(store.documentAtRevision('a', deleted.id)).toBeUndefined()
    expect(store.documentAtRevision('a', again.id)).toEqual(again.changes[0]?.after)
    const effects = store.transactions(['a']).map((entry) => entry.effects.a)
    expect(effects[2]).toEqual(deleted.changes[0]?.effects)
    expect(effects[3]).toEqual(again.changes[0]?.effects)
  })

  it("points each document's mutations into its transaction's, also the ones that changed nothing", () => {
    const store = openTempStore()
    mutate(store, [{create: {_id: 'a', _type: 't', title: 'first'}}])
    const mixed = mutate(store, [
      {createIfNotExists: {_id: 'a', _type: 't', title: 'ignored'}},
      {create: {_id: 'b', _type: 't'}},
      {patch: {id: 'a', set: {title: 'second'}}},
    ])
    expect(storedChange(store, 'a', mixed.id)?.mutation_indexes).toBe('[0,2]')
    expect(storedChange(store, 'b', mixed.id)?.mutation_indexes).toBe('[1]')
    const [resumed] = store.transactionsSince(1)
    expect(resumed?.changes.map((change) => change.mutations)).toEqual(
      mixed.changes.map((change) => change.mutations),
    )
  })

  it('serves a publish with the effects it was committed with', () => {
    const store = openTempStore()
    mutate(store, [{create: {_id: 'drafts.a', _type: 't', title: 'draft'}}])
    const published = act(store, [
      {actionType: 'sanity.action.document.publish', draftId: 'drafts.a', publishedId: 'a'},
    ])
    const [line] = store.transactions(['a'])
    expect(line?.effects).toEqual(
      Object.fromEntries(published.changes.map((change) => [change.id, change.effects])),
    )
  })
})
