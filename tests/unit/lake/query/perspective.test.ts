import {describe, expect, it} from 'vitest'
import {applyPerspective, resolvePerspective} from '../../../../lake/src/query/perspective.ts'

const docs = [
  {_id: 'a', title: 'A published'},
  {_id: 'b', title: 'B published'},
  {_id: 'drafts.b', title: 'B draft'},
  {_id: 'drafts.c', title: 'C draft'},
  {_id: 'versions.r1.a', title: 'A in release'},
]

describe('resolvePerspective', () => {
  it('defaults to published from API 2025-02-19, raw before it and without a dated version', () => {
    expect(resolvePerspective(null, '2025-02-19')).toBe('published')
    expect(resolvePerspective(null, '2026-05-04')).toBe('published')
    expect(resolvePerspective(null, '2025-02-18')).toBe('raw')
    expect(resolvePerspective(null, '1')).toBe('raw')
    expect(resolvePerspective('', null)).toBe('raw')
  })

  it('accepts raw, drafts, published, previewDrafts and the stack drafts,published', () => {
    expect(resolvePerspective('raw', '2025-02-19')).toBe('raw')
    expect(resolvePerspective('previewDrafts', '2025-02-19')).toBe('drafts')
    expect(resolvePerspective('drafts,published', '2025-02-19')).toBe('drafts')
  })

  it('refuses release perspectives with 400, saying what it answers', () => {
    expect(() => resolvePerspective('rABC,drafts', '2025-02-19')).toThrow(
      expect.objectContaining({
        status: 400,
        message: expect.stringContaining('raw, drafts and published'),
      }),
    )
  })
})

describe('applyPerspective', () => {
  it('published drops drafts and release versions', () => {
    expect(applyPerspective(docs, 'published').map((doc) => doc._id)).toEqual(['a', 'b'])
  })

  it('drafts overlays each draft on its published id and records where it came from', () => {
    expect(applyPerspective(docs, 'drafts')).toEqual([
      {_id: 'a', _originalId: 'a', title: 'A published'},
      {_id: 'b', _originalId: 'drafts.b', title: 'B draft'},
      {_id: 'c', _originalId: 'drafts.c', title: 'C draft'},
    ])
  })

  it('raw is every document untouched', () => {
    expect(applyPerspective(docs, 'raw')).toBe(docs)
  })
})
