import {describe, expect, it} from 'vitest'
import {defaultLakeDataDir, lakeDatabasePath} from '../../../../lake/src/paths.ts'
import {openStore} from '../../../../lake/src/store/openStore.ts'
import {SCHEMA_VERSION} from '../../../../lake/src/store/schema.ts'
import {Database, rewriteAsVersion2} from './legacyFiles.ts'
import {mutate, openTempStore, reopen} from './tempStore.ts'

describe('openStore', () => {
  it('journals with WAL, so readers run beside the writer', () => {
    const store = openTempStore()
    const connection = new Database(store.dbPath)
    try {
      expect(connection.pragma('journal_mode', {simple: true})).toBe('wal')
    } finally {
      connection.close()
    }
  })

  it("keeps each document's full JSON in documents.body for read-only readers", () => {
    const store = openTempStore()
    mutate(store, [{create: {_id: 'article-a', _type: 'article', title: 'T'}}])
    const reader = new Database(store.dbPath, {readonly: true})
    try {
      const rows = reader.prepare('SELECT id, type, rev, body FROM documents').all() as Array<{
        id: string
        type: string
        rev: string
        body: string
      }>
      expect(rows).toHaveLength(1)
      const [row] = rows
      expect(JSON.parse(row?.body ?? '')).toEqual(store.getDocument('article-a'))
      expect(row).toMatchObject({
        id: 'article-a',
        type: 'article',
        rev: store.getDocument('article-a')?._rev,
      })
    } finally {
      reader.close()
    }
  })

  it('finds everything again after a restart, and continues the log', () => {
    const store = openTempStore()
    const first = mutate(store, [{create: {_id: 'a', _type: 't'}}])
    store.close()
    const again = reopen(store)
    expect(again.getDocument('a')?._rev).toBe(first.id)
    expect(again.lastSeq()).toBe(1)
    expect(mutate(again, [{create: {_id: 'b', _type: 't'}}]).seq).toBe(2)
  })

  it('refuses a file written by another schema version, saying what to do', () => {
    const store = openTempStore()
    store.close()
    const connection = new Database(store.dbPath)
    connection.pragma('user_version = 99')
    connection.close()
    expect(() => openStore(store.dbPath)).toThrow(/schema version 99.*new --data folder/)
  })

  it('upgrades a version-1 file in place: its documents stay, and references become indexed', () => {
    const store = openTempStore()
    const created = mutate(store, [
      {create: {_id: 'person-a', _type: 'person'}},
      {create: {_id: 'drafts.article-a', _type: 'article', author: {_ref: 'person-a'}}},
    ])
    store.close()
    // What version 1 had: the version-2 log, no generated columns, no reference table.
    rewriteAsVersion2(store.dbPath, [created])
    const connection = new Database(store.dbPath)
    connection.exec(`DROP INDEX documents_by_pub_id; DROP INDEX documents_by_type_updated;
      DROP INDEX documents_by_updated; DROP TABLE document_refs;
      ALTER TABLE documents DROP COLUMN pub_id; ALTER TABLE documents DROP COLUMN kind;`)
    connection.pragma('user_version = 1')
    connection.close()

    const upgraded = reopen(store)
    expect(upgraded.allDocuments().map((document) => document._id)).toEqual([
      'drafts.article-a',
      'person-a',
    ])
    const reader = new Database(store.dbPath, {readonly: true})
    try {
      expect(reader.pragma('user_version', {simple: true})).toBe(SCHEMA_VERSION)
      expect(reader.prepare('SELECT ref, document_id FROM document_refs').all()).toEqual([
        {ref: 'person-a', document_id: 'drafts.article-a'},
      ])
      expect(reader.prepare('SELECT id, pub_id, kind FROM documents ORDER BY id').all()).toEqual([
        {id: 'drafts.article-a', pub_id: 'article-a', kind: 'd'},
        {id: 'person-a', pub_id: 'person-a', kind: 'p'},
      ])
    } finally {
      reader.close()
    }
  })

  it('keeps references current as documents change and go', () => {
    const store = openTempStore()
    mutate(store, [{create: {_id: 'a', _type: 't', x: {_ref: 'b'}, y: [{_ref: 'c'}]}}])
    mutate(store, [{patch: {id: 'a', unset: ['y']}}])
    const reader = new Database(store.dbPath, {readonly: true})
    const refs = () => reader.prepare('SELECT ref FROM document_refs ORDER BY ref').all()
    try {
      expect(refs()).toEqual([{ref: 'b'}])
      mutate(store, [{delete: {id: 'a'}}])
      expect(refs()).toEqual([])
    } finally {
      reader.close()
    }
  })

  it('puts the default lake in the gitignored .data folder as lake.sqlite', () => {
    expect(defaultLakeDataDir).toMatch(/\/\.data\/lake$/)
    expect(lakeDatabasePath('/tmp/some-lake')).toBe('/tmp/some-lake/lake.sqlite')
    expect(lakeDatabasePath()).toBe(`${defaultLakeDataDir}/lake.sqlite`)
  })
})
