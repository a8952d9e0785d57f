import {describe, expect, it} from 'vitest'
import {openStore} from '../../../../lake/src/store/openStore.ts'
import {SCHEMA_VERSION, SNAPSHOT_INTERVAL} from '../../../../lake/src/store/schema.ts'
import type {CommittedTransaction, Store} from '../../../../lake/src/store/types.ts'
import {Database, rewriteAsVersion2} from './legacyFiles.ts'
import {act, mutate, openTempStore, reopen} from './tempStore.ts'

const draftId = 'drafts.article-a'
const ids = [draftId, 'article-a', 'person-a', 'person-b']

/**
 * A history with every kind of change: two documents in one transaction, more edits than the
 * snapshot interval, a mutation that changed nothing beside one that did, a publish (a draft
 * disappears, a document appears), a deletion and a re-creation.
 */
function writeHistory(store: Store): CommittedTransaction[] {
  const committed = [
    mutate(store, [
      {create: {_id: draftId, _type: 'article', title: 't0', body: []}},
      {create: {_id: 'person-a', _type: 'person', name: 'Maya'}},
    ]),
  ]
  for (let index = 1; index <= SNAPSHOT_INTERVAL + 8; index++) {
    const line = {_key: `k${index}`, text: `line ${index}`}
    committed.push(
      mutate(store, [
        {
          patch: {
            id: draftId,
            set: {title: `t${index}`},
            insert: {after: 'body[-1]', items: [line]},
          },
        },
      ]),
    )
  }
  committed.push(
    mutate(store, [
      {createIfNotExists: {_id: 'person-a', _type: 'person', name: 'ignored'}},
      {create: {_id: 'person-b', _type: 'person', name: 'Daniel'}},
      {patch: {id: 'person-a', set: {name: 'Maya Okafor'}}},
    ]),
    act(store, [{actionType: 'sanity.action.document.publish', draftId, publishedId: 'article-a'}]),
    mutate(store, [{delete: {id: 'person-b'}}]),
    mutate(store, [{create: {_id: 'person-b', _type: 'person', name: 'Daniel Ade'}}]),
  )
  return committed
}

/** A store whose file was written by the version-2 lake, then opened (and upgraded) by this one. */
function upgradedStore() {
  const store = openTempStore()
  const committed = writeHistory(store)
  const history = store.transactions(ids)
  store.close()
  rewriteAsVersion2(store.dbPath, committed)
  return {store: reopen(store), committed, history}
}

/** What a resuming listener is sent from: the changes (`results` is the commit's answer, per mutation). */
const resumable = (transactions: CommittedTransaction[]) =>
  transactions.map(({results: _results, ...rest}) => rest)

const columnsOf = (file: string, table: string) => {
  const connection = new Database(file, {readonly: true})
  try {
    const rows = connection.prepare(`PRAGMA table_info(${table})`).all() as Array<{name: string}>
    return rows.map((row) => row.name)
  } finally {
    connection.close()
  }
}

describe('opening a version-2 file', () => {
  it('upgrades it in place to the current version, in the compact layout, and gives the freed space back', () => {
    const {store} = upgradedStore()
    const reader = new Database(store.dbPath, {readonly: true})
    try {
      expect(reader.pragma('user_version', {simple: true})).toBe(SCHEMA_VERSION)
      expect(reader.pragma('freelist_count', {simple: true})).toBe(0)
    } finally {
      reader.close()
    }
    expect(columnsOf(store.dbPath, 'transactions')).not.toContain('document_ids')
    expect(columnsOf(store.dbPath, 'transaction_documents')).toContain('mutation_indexes')
  })

  it('answers the same history, revisions and listener resume as before the upgrade', () => {
    const {store, committed, history} = upgradedStore()
    expect(store.transactions(ids)).toEqual(history)
    expect(resumable(store.transactionsSince(0))).toEqual(resumable(committed))
    for (const transaction of committed) {
      for (const change of transaction.changes) {
        expect(store.documentAtRevision(change.id, transaction.id)).toEqual(
          change.after ?? undefined,
        )
      }
    }
  })

  it('keeps writing after the upgrade, and the revisions from before stay exact', () => {
    const {store, committed} = upgradedStore()
    const [first] = committed
    const renamed = mutate(store, [{patch: {id: 'person-a', set: {name: 'Dr. Maya Okafor'}}}])
    mutate(store, [{delete: {id: 'person-a'}}])
    const created = first?.changes.find((change) => change.id === 'person-a')
    expect(store.documentAtRevision('person-a', first?.id ?? '')).toEqual(created?.after)
    expect(store.documentAtRevision('person-a', renamed.id)).toEqual(renamed.changes[0]?.after)
    expect(resumable(store.transactionsSince(0))).toEqual(
      resumable([...committed, renamed]).concat(expect.anything()),
    )
  })

  it('leaves the version-2 file as it was when the upgrade cannot finish, and says why', () => {
    const store = openTempStore()
    const committed = writeHistory(store)
    store.close()
    rewriteAsVersion2(store.dbPath, committed)
    const connection = new Database(store.dbPath)
    connection
      .prepare(
        'UPDATE transaction_documents SET mutations = \'[{"bogus":1}]\' WHERE document_id = ?',
      )
      .run('person-b')
    connection.close()

    expect(() => openStore(store.dbPath)).toThrow(/"person-b" is not among its transaction/)
    const reader = new Database(store.dbPath, {readonly: true})
    try {
      expect(reader.pragma('user_version', {simple: true})).toBe(2)
    } finally {
      reader.close()
    }
    expect(columnsOf(store.dbPath, 'transaction_documents')).toContain('mutations')
    expect(columnsOf(store.dbPath, 'transactions')).toContain('document_ids')
  })
})
