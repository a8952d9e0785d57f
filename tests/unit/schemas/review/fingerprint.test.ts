import {describe, expect, it} from 'vitest'
import {fingerprint} from '@vetted/schemas/review'

function publishedArticle() {
  return {
    _id: 'article-seed-000',
    _type: 'article',
    _rev: 'p1Xk9Qw',
    _createdAt: '2026-01-05T09:00:00Z',
    _updatedAt: '2026-02-01T10:30:00Z',
    title: 'Lower back spasms: what helps',
    slug: {_type: 'slug', current: 'lower-back-spasms-what-helps'},
    standfirst: 'Most spasms settle within days.',
    about: [{_key: '3f1c0a9b2d4e', _type: 'reference', _ref: 'condition-lower-back-spasm'}],
    authors: [{_key: 'a1b2c3d4e5f6', _type: 'reference', _ref: 'person-maya-okafor'}],
    body: [
      {
        _key: '0a1b2c3d4e5f',
        _type: 'block',
        style: 'normal',
        markDefs: [
          {
            _key: 'c0ffee000001',
            _type: 'citation',
            source: {_type: 'reference', _ref: 'citation-seed-004-1'},
          },
        ],
        children: [
          {_key: 'b0b0b0b0b0b1', _type: 'span', marks: [], text: 'Heat can ease a spasm '},
          {_key: 'b0b0b0b0b0b2', _type: 'span', marks: ['c0ffee000001'], text: 'within days.'},
        ],
      },
    ],
    citations: [
      {_key: '111111111111', _type: 'reference', _ref: 'citation-seed-004-1'},
      {_key: '222222222222', _type: 'reference', _ref: 'citation-seed-004-2'},
    ],
  }
}

/** The same content as the Studio holds it in the draft before the citation was published. */
function draftOfPublishedArticle() {
  const draft = structuredClone(publishedArticle())
  const citationRef = draft.body[0]?.markDefs[0]?.source
  if (!citationRef) throw new Error('fixture changed')
  Object.assign(citationRef, {
    _weak: true,
    _strengthenOnPublish: {type: 'citation', template: {id: 'citation'}},
  })
  Object.assign(draft.citations[1] ?? {}, {_weak: true, _strengthenOnPublish: {type: 'citation'}})
  return {
    ...draft,
    _id: 'drafts.article-seed-000',
    _rev: 'd7Yh2Lm',
    _createdAt: '2026-01-20T08:00:00Z',
    _updatedAt: '2026-02-03T16:45:00Z',
    _originalId: 'drafts.article-seed-000',
    _system: {base: {id: 'article-seed-000', rev: 'p1Xk9Qw'}},
  }
}

/** A document as JSON.parse reads it, with an own member named "__proto__". */
const withMember = (value: string) =>
  JSON.parse(`{"_id":"x","_type":"article","title":"T","__proto__":${value}}`) as object

describe('fingerprint', () => {
  it('counts a "__proto__" member as content, object or not, and can fingerprint it', async () => {
    const plain = await fingerprint({_type: 'article', title: 'T'})
    const scalar = await fingerprint(withMember('"hidden"'))
    const object = await fingerprint(withMember('{"cure":"guaranteed"}'))
    expect(new Set([plain, scalar, object]).size).toBe(3)
    expect(object).toBe(
      await fingerprint(
        JSON.parse('{"_type":"article","__proto__":{"cure":"guaranteed"},"title":"T"}'),
      ),
    )
  })

  it('is 64 lowercase hex characters (SHA-256)', async () => {
    expect(await fingerprint(publishedArticle())).toMatch(/^[0-9a-f]{64}$/)
  })

  it('is the same for a draft with weak references and its published copy', async () => {
    expect(await fingerprint(draftOfPublishedArticle())).toBe(await fingerprint(publishedArticle()))
  })

  it('is the SHA-256 of the canonical JSON of the content', async () => {
    const digest = await crypto.subtle.digest(
      'SHA-256',
      new TextEncoder().encode('{"_type":"citation","title":"Muscle spasm","year":2020}'),
    )
    const expected = Buffer.from(digest).toString('hex')
    expect(
      await fingerprint({
        _id: 'citation-x',
        _rev: 'r',
        year: 2020,
        title: 'Muscle spasm',
        _type: 'citation',
      }),
    ).toBe(expected)
  })

  it('does not depend on key order', async () => {
    const reordered = Object.fromEntries(Object.entries(publishedArticle()).reverse())
    expect(await fingerprint(reordered)).toBe(await fingerprint(publishedArticle()))
  })

  it('does not change on a no-op save (new _rev and _updatedAt only)', async () => {
    const saved = {...publishedArticle(), _rev: 'zz9', _updatedAt: '2026-03-01T00:00:00Z'}
    expect(await fingerprint(saved)).toBe(await fingerprint(publishedArticle()))
  })

  describe('changes on any content edit', () => {
    const edits: [string, (doc: ReturnType<typeof publishedArticle>) => void][] = [
      ['a top-level field', (doc) => (doc.title = 'Lower back spasms: what helps.')],
      [
        'a Portable Text span',
        (doc) => {
          const span = doc.body[0]?.children[1]
          if (span) span.text = 'within hours.'
        },
      ],
      [
        'a mark on a span',
        (doc) => {
          const span = doc.body[0]?.children[1]
          if (span) span.marks = []
        },
      ],
      ['the order of an array', (doc) => doc.citations.reverse()],
      [
        'a _key (keys are part of the document)',
        (doc) => {
          const block = doc.body[0]
          if (block) Object.assign(block, {_key: '0a1b2c3d4e60'})
        },
      ],
      [
        'a reference target',
        (doc) => {
          const author = doc.authors[0]
          if (author) Object.assign(author, {_ref: 'person-daniel-reyes'})
        },
      ],
      ['the document type', (doc) => Object.assign(doc, {_type: 'condition'})],
      ['an added field', (doc) => Object.assign(doc, {importedFrom: {file: '000.txt'}})],
      ['a removed array item', (doc) => doc.citations.pop()],
    ]
    it.each(edits)('%s', async (_what, edit) => {
      const edited = publishedArticle()
      edit(edited)
      expect(await fingerprint(edited)).not.toBe(await fingerprint(publishedArticle()))
    })
  })

  it('keeps nested fields that are only system fields at the top level', async () => {
    const withNestedId = {...publishedArticle(), importedFrom: {file: '000.txt', _id: 'x'}}
    const without = {...publishedArticle(), importedFrom: {file: '000.txt'}}
    expect(await fingerprint(withNestedId)).not.toBe(await fingerprint(without))
  })

  it('ignores _weak and _strengthenOnPublish at any depth, inside arrays too', async () => {
    const doc = {_type: 'x', list: [{deep: [{_ref: 'a', _weak: true}]}], _weak: false}
    expect(await fingerprint(doc)).toBe(
      await fingerprint({_type: 'x', list: [{deep: [{_ref: 'a'}]}]}),
    )
  })

  it('refuses an array in place of a document', async () => {
    await expect(fingerprint([])).rejects.toThrow('takes a document object')
  })
})
