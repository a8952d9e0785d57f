import {DatabaseSync} from 'node:sqlite'
import {afterEach, describe, expect, it} from 'vitest'
import {grantsForRole} from '../../../../lake/src/auth/roles.ts'
import {runQuery} from '../../../../lake/src/query/engine.ts'
import type {Perspective} from '../../../../lake/src/query/perspective.ts'
import {DocumentSource} from '../../../../lake/src/query/pushdown/source.ts'
import type {Store} from '../../../../lake/src/store/types.ts'
import {allowAll, openTempStore, reopen} from '../store/tempStore.ts'

// The full-text index behind `match` and `text::query()` follows every write, is built for a
// file that predates it, and a file without it still answers.

const sources: DocumentSource[] = []
afterEach(() => {
  for (const source of sources.splice(0)) source.close()
})

function sourceFor(store: Store): DocumentSource {
  const source = new DocumentSource(store.dbPath)
  sources.push(source)
  return source
}

const environment = {projectId: 'local', dataset: 'production'}

async function found(store: Store, search: string, perspective: Perspective = 'raw') {
  const job = {
    query: `{"searched": *[[@, _id] match text::query($search)]._id, "matched": *[title match $search]._id}`,
    params: {search},
    perspective,
    grants: grantsForRole('viewer'),
  }
  return runQuery(sourceFor(store), job, environment)
}

const write = (store: Store, mutations: unknown[]) =>
  store.mutate({author: 'test', authorize: allowAll, mutations: mutations as never})

describe('the full-text index', () => {
  it('finds what was written, edited and deleted, as it is now', async () => {
    const store = openTempStore()
    write(store, [
      {create: {_id: 'a', _type: 'note', title: 'Lumbar spasm'}},
      {create: {_id: 'b', _type: 'note', title: 'Neck pain'}},
    ])
    expect(await found(store, 'lumbar*')).toEqual({searched: ['a'], matched: ['a']})

    write(store, [{patch: {id: 'b', set: {title: 'Lumbar strain'}}}])
    expect(await found(store, 'lumbar*')).toEqual({searched: ['a', 'b'], matched: ['a', 'b']})
    expect(await found(store, 'neck')).toEqual({searched: [], matched: []})

    write(store, [{delete: {id: 'a'}}])
    expect(await found(store, 'spasm')).toEqual({searched: [], matched: []})
    expect(await found(store, 'lumbar*')).toEqual({searched: ['b'], matched: ['b']})
  })

  it('finds drafts under their published id in the drafts perspective', async () => {
    const store = openTempStore()
    write(store, [
      {create: {_id: 'x.y', _type: 'note', title: 'published'}},
      {create: {_id: 'drafts.x.y', _type: 'note', title: 'draft sciatica'}},
    ])
    expect(await found(store, 'sciatica', 'drafts')).toEqual({searched: ['x.y'], matched: ['x.y']})
  })

  it('is built for the documents of a file that predates it', async () => {
    const store = openTempStore()
    write(store, [{create: {_id: 'a', _type: 'note', title: 'Sciatica relief'}}])
    store.close()
    const connection = new DatabaseSync(store.dbPath)
    connection.exec(`DROP TRIGGER documents_text_insert; DROP TRIGGER documents_text_update;
      DROP TRIGGER documents_text_delete; DROP TABLE documents_text;`)
    connection.close()
    const reopened = reopen(store)
    expect(await found(reopened, 'sciatica')).toEqual({searched: ['a'], matched: ['a']})
  })

  it('leaves a file without it answering searches all the same', async () => {
    const store = openTempStore()
    write(store, [
      {create: {_id: 'a', _type: 'note', title: 'Sciatica relief'}},
      {create: {_id: 'b', _type: 'note', title: 'Neck pain'}},
    ])
    const connection = new DatabaseSync(store.dbPath)
    connection.exec(`DROP TABLE documents_text`)
    connection.close()
    expect(await found(store, 'sciatica')).toEqual({searched: ['a'], matched: ['a']})
  })
})
