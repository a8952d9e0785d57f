import {describe, expect, it} from 'vitest'
import {accessFor} from '../../../../lake/src/auth/access.ts'
import type {LakeUser} from '../../../../lake/src/auth/users.ts'
import {eventsFor, formatSse, type ListenerSpec} from '../../../../lake/src/listen/events.ts'
import {listenerFilter} from '../../../../lake/src/query/documentFilter.ts'
import type {
  CommittedTransaction,
  DocumentChange,
  SanityDocument,
} from '../../../../lake/src/store/types.ts'

const user = (role: LakeUser['role']): LakeUser => ({
  id: 'pUser',
  name: 'User',
  role,
  email: null,
  robot: false,
  token: 'sk-test',
})

const doc = (id: string, fields: Record<string, unknown> = {}): SanityDocument => ({
  _id: id,
  _type: 'article',
  _rev: 'rev',
  _createdAt: '2026-01-01T00:00:00Z',
  _updatedAt: '2026-01-01T00:00:00Z',
  ...fields,
})

function change(before: SanityDocument | null, after: SanityDocument | null): DocumentChange {
  const id = (after ?? before)?._id ?? ''
  return {
    id,
    transition: !before ? 'appear' : !after ? 'disappear' : 'update',
    ...(before ? {previousRev: 'tx-0'} : {}),
    ...(after ? {resultRev: 'tx-1'} : {}),
    before,
    after,
    mutations: [{patch: {id}}],
    effects: {apply: [0, after], revert: [0, before]},
  }
}

const transaction = (...changes: DocumentChange[]): CommittedTransaction => ({
  id: 'tx-1',
  author: 'pSam',
  timestamp: '2026-01-01T00:00:01Z',
  changes,
  results: [],
  seq: 7,
})

function spec(query: string, overrides: Partial<ListenerSpec> = {}): ListenerSpec {
  return {
    filter: listenerFilter(query, {}),
    params: {},
    access: accessFor(user('viewer')),
    includeResult: true,
    includePreviousRevision: false,
    includeMutations: true,
    includeEffects: false,
    includeAllVersions: false,
    perspective: 'raw',
    ...overrides,
  }
}

describe('eventsFor', () => {
  it("names transitions relative to the listener's filter", () => {
    const published = spec('*[status == "published"]')
    const leaves = transaction(change(doc('a', {status: 'published'}), doc('a', {status: 'draft'})))
    const [left] = eventsFor(leaves, published)
    expect(left?.data).toMatchObject({transition: 'disappear', result: {status: 'draft'}})
    const enters = transaction(change(doc('a', {status: 'draft'}), doc('a', {status: 'published'})))
    expect(eventsFor(enters, published)[0]?.data).toMatchObject({transition: 'appear'})
    expect(eventsFor(transaction(change(doc('a'), doc('a'))), published)).toEqual([])
  })

  it('counts transactionTotalEvents over the changes this listener hears about', () => {
    const events = eventsFor(
      transaction(
        change(null, doc('a')),
        change(null, doc('b', {_type: 'person'})),
        change(doc('c'), null),
      ),
      spec('*[_type == "article"]'),
    )
    expect(events.map((event) => event.data)).toEqual([
      expect.objectContaining({
        documentId: 'a',
        transactionTotalEvents: 2,
        transactionCurrentEvent: 1,
      }),
      expect.objectContaining({
        documentId: 'c',
        transactionTotalEvents: 2,
        transactionCurrentEvent: 2,
      }),
    ])
  })

  it('leaves previousRev out for a new document and points a deletion at its transaction', () => {
    const [created, deleted] = eventsFor(
      transaction(change(null, doc('a')), change(doc('b'), null)),
      spec('*'),
    )
    expect(created?.data).not.toHaveProperty('previousRev')
    expect(deleted?.data).toMatchObject({previousRev: 'tx-0', resultRev: 'tx-1'})
    expect(deleted?.data).not.toHaveProperty('result')
  })

  it('hides release versions unless includeAllVersions, and what the caller may not read', () => {
    const versioned = transaction(change(null, doc('versions.r1.a')))
    expect(eventsFor(versioned, spec('*'))).toEqual([])
    expect(eventsFor(versioned, spec('*', {includeAllVersions: true}))).toHaveLength(1)
    const anonymous = spec('*', {access: accessFor(null)})
    expect(eventsFor(transaction(change(null, doc('a'))), anonymous)).toEqual([])
  })

  it('formats server-sent events with the resume id first', () => {
    const [event] = eventsFor(
      transaction(change(null, doc('a'))),
      spec('*', {includeResult: false}),
    )
    expect(event && formatSse(event)).toMatch(
      /^id: 7#a\nevent: mutation\ndata: \{"documentId":"a","eventId":"tx-1#a",.*\}\n\n$/,
    )
  })
})
