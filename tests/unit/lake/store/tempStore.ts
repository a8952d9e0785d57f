import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, expect} from 'vitest'
import {LakeError} from '../../../../lake/src/errors.ts'
import {openStore} from '../../../../lake/src/store/openStore.ts'
import type {
  ActionsRequest,
  Authorize,
  MutateRequest,
  Store,
} from '../../../../lake/src/store/types.ts'

const folders: string[] = []
const stores: Store[] = []

afterEach(() => {
  for (const store of stores.splice(0)) store.close()
  for (const folder of folders.splice(0)) rmSync(folder, {recursive: true, force: true})
})

/** A store on a real SQLite file in a fresh temporary folder, closed and removed after the test. */
export function openTempStore(): Store {
  const folder = mkdtempSync(path.join(tmpdir(), 'vetted-lake-test-'))
  folders.push(folder)
  return track(openStore(path.join(folder, 'lake.sqlite')))
}

/** Opens the same file again (as after a restart); closed after the test. */
export function reopen(store: Store): Store {
  return track(openStore(store.dbPath))
}

function track(store: Store): Store {
  stores.push(store)
  return store
}

export const allowAll: Authorize = () => {}

type Extra = Partial<Omit<MutateRequest, 'mutations'>>

export const mutate = (store: Store, mutations: unknown[], extra: Extra = {}) =>
  store.mutate({author: 'pEditor', authorize: allowAll, mutations, ...extra})

export const act = (
  store: Store,
  actions: unknown[],
  extra: Partial<Omit<ActionsRequest, 'actions'>> = {},
) => store.applyActions({author: 'pEditor', authorize: allowAll, actions, ...extra})

/** Runs `write`, expects it to throw a LakeError, and returns it. */
export function lakeErrorOf(write: () => unknown): LakeError {
  try {
    write()
  } catch (error) {
    expect(error).toBeInstanceOf(LakeError)
    return error as LakeError
  }
  throw new Error('expected the write to fail, but it succeeded')
}

/** What the lake holds, for "nothing was written" assertions. */
export const snapshotOf = (store: Store) => ({
  documents: store.allDocuments(),
  lastSeq: store.lastSeq(),
})
