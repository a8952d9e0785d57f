import {describe, expect, it} from 'vitest'
import {insufficientPermissions} from '../../../../lake/src/errors.ts'
import type {CommittedTransaction} from '../../../../lake/src/store/types.ts'
import {lakeErrorOf, mutate, openTempStore, snapshotOf} from './tempStore.ts'

const doc = (id: string, extra: Record<string, unknown> = {}) => ({
  create: {_id: id, _type: 'article', ...extra},
})

describe('a transaction', () => {
  it('is atomic: one bad mutation in a batch writes nothing and notifies no one', () => {
    const store = openTempStore()
    mutate(store, [doc('existing')])
    const before = snapshotOf(store)
    const heard: CommittedTransaction[] = []
    store.onCommit((transaction) => heard.push(transaction))

    const error = lakeErrorOf(() =>
      mutate(store, [
        doc('new-1'),
        {patch: {id: 'existing', set: {title: 'changed'}}},
        {delete: {id: 'existing'}},
        {frobnicate: {id: 'existing'}},
      ]),
    )
    expect(error.status).toBe(400)
    expect(error.toBody()).toEqual({
      error: {
        type: 'mutationError',
        description: expect.any(String),
        items: [
          {
            index: 3,
            error: {
              type: 'malformedMutationError',
              description: expect.stringContaining('Unknown mutation type "frobnicate"'),
            },
          },
        ],
      },
    })
    expect(snapshotOf(store)).toEqual(before)
    expect(store.transactions(['existing', 'new-1'])).toHaveLength(1)
    expect(heard).toEqual([])
  })

  it('uses the client transaction id as the new _rev of every document it changes', () => {
    const store = openTempStore()
    const transaction = mutate(store, [doc('a'), doc('b')], {transactionId: 'client-tx-1'})
    expect(transaction.id).toBe('client-tx-1')
    expect(store.getDocuments(['a', 'b']).map((found) => found?._rev)).toEqual([
      'client-tx-1',
      'client-tx-1',
    ])
    expect(transaction.changes.map((change) => change.id)).toEqual(['a', 'b'])
  })

  it('refuses a transaction id that is already in the log', () => {
    const store = openTempStore()
    mutate(store, [doc('a')], {transactionId: 'once'})
    const error = lakeErrorOf(() => mutate(store, [doc('b')], {transactionId: 'once'}))
    expect(error.status).toBe(409)
    expect(store.getDocument('b')).toBeUndefined()
  })

  it('gives every logged transaction the next seq and tells listeners in order', () => {
    const store = openTempStore()
    const heard: Array<[number, string]> = []
    const stop = store.onCommit((transaction) => heard.push([transaction.seq, transaction.id]))
    const first = mutate(store, [doc('a')])
    const second = mutate(store, [doc('b')])
    stop()
    mutate(store, [doc('c')])

    expect(heard).toEqual([
      [1, first.id],
      [2, second.id],
    ])
    expect(store.lastSeq()).toBe(3)
  })

  it('gives every commit a later time than the one before', () => {
    const store = openTempStore()
    const times = Array.from(
      {length: 20},
      (_, index) => mutate(store, [doc(`d${index}`)]).timestamp,
    )
    expect(new Set(times).size).toBe(times.length)
    expect([...times].sort()).toEqual(times)
  })

  it('on a dry run validates and authorizes, then writes nothing', () => {
    const store = openTempStore()
    const checked: string[] = []
    const transaction = mutate(store, [doc('a')], {
      dryRun: true,
      authorize: (change) => checked.push(change.id),
    })
    expect(transaction.changes).toHaveLength(1)
    expect(checked).toEqual(['a'])
    expect(store.getDocument('a')).toBeUndefined()
    expect(store.lastSeq()).toBe(0)

    const error = lakeErrorOf(() =>
      mutate(store, [{patch: {id: 'a', set: {x: 1}}}], {dryRun: true}),
    )
    expect(error.status).toBe(404)
  })

  it('authorizes every changed document before writing, and a refusal writes nothing', () => {
    const store = openTempStore()
    mutate(store, [doc('drafts.a'), doc('a')])
    const before = snapshotOf(store)
    const seen: Array<{id: string; hadBefore: boolean; hasAfter: boolean}> = []

    const error = lakeErrorOf(() =>
      mutate(store, [{patch: {id: 'drafts.a', set: {title: 't'}}}, doc('b'), {delete: {id: 'a'}}], {
        authorize: ({id, before: previous, after}) => {
          seen.push({id, hadBefore: previous !== null, hasAfter: after !== null})
          if (!id.startsWith('drafts.')) {
            throw insufficientPermissions(previous ? 'update' : 'create', id)
          }
        },
      }),
    )
    expect(seen[0]).toEqual({id: 'drafts.a', hadBefore: true, hasAfter: true})
    expect(error.status).toBe(403)
    expect(error.toBody().error).toMatchObject({
      type: 'mutationError',
      items: [
        {
          index: 1,
          error: {type: 'insufficientPermissionsError', permission: 'create', id: 'b'},
        },
      ],
    })
    expect(snapshotOf(store)).toEqual(before)
  })
})

describe('limits', () => {
  it('refuses a document over 32 MB with 413', () => {
    const store = openTempStore()
    const error = lakeErrorOf(() =>
      mutate(store, [doc('big', {text: 'x'.repeat(32 * 1024 * 1024)})]),
    )
    expect(error.status).toBe(413)
    expect(error.items?.[0]?.error.type).toBe('documentTooLargeError')
    expect(store.getDocument('big')).toBeUndefined()
  })

  it('refuses attributes nested deeper than 20 levels with 400', () => {
    const nest = (levels: number): unknown => (levels === 0 ? 'leaf' : {inner: nest(levels - 1)})
    const store = openTempStore()
    mutate(store, [doc('deep-20', {value: nest(19)})])
    const error = lakeErrorOf(() => mutate(store, [doc('deep-21', {value: nest(20)})]))
    expect(error.status).toBe(400)
    expect(error.items?.[0]?.error.type).toBe('documentTooDeepError')
    expect(store.getDocument('deep-21')).toBeUndefined()
  })
})
