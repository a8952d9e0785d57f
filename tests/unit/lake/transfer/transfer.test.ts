import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {TransferError} from '../../../../lake/src/transfer/ndjson.ts'
import {
  exportFile,
  exportNdjson,
  importAuthor,
  importFile,
  importNdjson,
} from '../../../../lake/src/transfer/transfer.ts'
import type {SanityDocument} from '../../../../lake/src/store/types.ts'
import {mutate, openTempStore, snapshotOf} from '../store/tempStore.ts'

const folders: string[] = []
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, {recursive: true, force: true})
})
const tempFile = (name: string) => {
  const folder = mkdtempSync(path.join(tmpdir(), 'vetted-transfer-'))
  folders.push(folder)
  return path.join(folder, name)
}

const lines = (...documents: unknown[]) =>
  documents.map((value) => JSON.stringify(value)).join('\n')

const exported = [
  {
    _id: 'article-seed-000',
    _type: 'article',
    _rev: 'old-rev',
    _createdAt: '2026-01-01T00:00:00Z',
    _updatedAt: '2026-01-02T00:00:00Z',
    title: 'Back spasms',
    body: [{_type: 'block', _key: 'a1b2c3d4e5f6', children: [{_type: 'span', text: 'Hi'}]}],
  },
  {_id: 'drafts.article-seed-000', _type: 'article', title: 'Back spasms (draft)'},
  {_id: 'person-maya-okafor', _type: 'person', name: 'Maya Okafor'},
]

/** A document as it compares across lakes: revision and update time are each lake's own. */
const content = ({_rev, _updatedAt, ...rest}: SanityDocument) => rest

describe('import', () => {
  it('imports data.ndjson keeping ids, types, content and _createdAt', () => {
    const store = openTempStore()
    const summary = importNdjson(store, `${lines(...exported)}\n`, 'data.ndjson')
    expect(summary).toMatchObject({documents: 3, created: 3, replaced: 0, skipped: 0})
    expect(summary.transactions).toHaveLength(1)
    expect(store.getDocument('article-seed-000')).toMatchObject({
      title: 'Back spasms',
      _createdAt: '2026-01-01T00:00:00Z',
      _rev: summary.transactions[0],
    })
    expect(store.transactions(['person-maya-okafor'])[0]?.author).toBe(importAuthor)
  })

  it('commits one transaction per batch', () => {
    const store = openTempStore()
    const summary = importNdjson(store, lines(...exported), 'data.ndjson', {batchSize: 2})
    expect(summary.transactions).toHaveLength(2)
    expect(store.lastSeq()).toBe(2)
  })

  it('names the line of bad JSON and writes nothing', () => {
    const store = openTempStore()
    const text = `${lines(...exported.slice(0, 2))}\n{"_id": "broken", \n${lines(exported[2])}`
    expect(() => importNdjson(store, text, 'data.ndjson')).toThrow(
      expect.objectContaining({
        name: 'TransferError',
        message: expect.stringMatching(/^data\.ndjson line 3 is not valid JSON/),
      }),
    )
    expect(snapshotOf(store)).toEqual({documents: [], lastSeq: 0})
  })

  it('names lines without _id or _type, with a bad id, or repeating an id', () => {
    const store = openTempStore()
    const cases: Array<[string, RegExp]> = [
      [lines({_type: 'article'}), /line 1 has no string "_id" and "_type"/],
      [lines(exported[2], {_id: 'bad id', _type: 'a'}), /line 2: Malformed document ID/],
      [
        lines(exported[2], exported[1], exported[2]),
        /line 3 repeats document "person-maya-okafor" from line 1/,
      ],
      [`${lines(exported[2])}\n[1, 2]`, /line 2 is not a JSON object/],
    ]
    for (const [text, message] of cases) {
      expect(() => importNdjson(store, text, 'in.ndjson')).toThrow(message)
    }
    expect(store.allDocuments()).toEqual([])
  })

  it('refuses documents that already exist unless asked to replace or keep them', () => {
    const store = openTempStore()
    mutate(store, [{create: {_id: 'person-maya-okafor', _type: 'person', name: 'Existing'}}])
    const before = snapshotOf(store)
    expect(() => importNdjson(store, lines(...exported), 'data.ndjson')).toThrow(
      /data\.ndjson line 3: document "person-maya-okafor" already exists.*--replace.*--missing/,
    )
    expect(snapshotOf(store)).toEqual(before)

    const kept = importNdjson(store, lines(...exported), 'data.ndjson', {mode: 'missing'})
    expect(kept).toMatchObject({created: 2, skipped: 1})
    expect(store.getDocument('person-maya-okafor')?.name).toBe('Existing')

    const replaced = importNdjson(store, lines(...exported), 'data.ndjson', {mode: 'replace'})
    expect(replaced).toMatchObject({replaced: 3})
    expect(store.getDocument('person-maya-okafor')?.name).toBe('Maya Okafor')
  })

  it('reports an unreadable file with its path', () => {
    const store = openTempStore()
    expect(() => importFile(store, '/nonexistent/data.ndjson')).toThrow(TransferError)
  })
})

describe('export', () => {
  it('round-trips: export, import into an empty lake, same documents', () => {
    const source = openTempStore()
    importNdjson(source, lines(...exported), 'data.ndjson')
    mutate(source, [{patch: {id: 'article-seed-000', set: {title: 'Edited'}}}])
    const file = tempFile('data.ndjson')
    expect(exportFile(source, file)).toBe(3)

    const target = openTempStore()
    importFile(target, file)
    expect(target.allDocuments().map(content)).toEqual(source.allDocuments().map(content))
    expect(
      exportNdjson(target)
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line)._id),
    ).toEqual(['article-seed-000', 'drafts.article-seed-000', 'person-maya-okafor'])
  })

  it('writes one document per line, leaves out system documents and optionally drafts', () => {
    const store = openTempStore()
    importNdjson(
      store,
      lines(...exported, {_id: '_.groups.x', _type: 'system.group'}),
      'data.ndjson',
    )
    const file = tempFile('out.ndjson')
    exportFile(store, file, {drafts: false})
    const written = readFileSync(file, 'utf8')
    expect(written.endsWith('\n')).toBe(true)
    expect(
      written
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)._id),
    ).toEqual(['article-seed-000', 'person-maya-okafor'])
  })

  it('export of an empty lake is an empty file', () => {
    const file = tempFile('empty.ndjson')
    writeFileSync(file, 'stale')
    expect(exportFile(openTempStore(), file)).toBe(0)
    expect(readFileSync(file, 'utf8')).toBe('')
  })
})
