import {describe, expect, it} from 'vitest'
import {diffSinceApproval} from '../../../../studio/src/components/review/diffSinceApproval.ts'

const block = (key: string, text: string) => ({
  _key: key,
  _type: 'block',
  style: 'normal',
  markDefs: [],
  children: [{_key: `${key}s`, _type: 'span', marks: [], text}],
})

describe('what changed since the approved revision', () => {
  const approved = {
    _id: 'drafts.a',
    _rev: 'r1',
    title: 'Heat for back spasm',
    body: [block('b1', 'Heat eases pain.'), block('b2', 'Call 555-0100 to book.')],
  }

  it('reports nothing for a no-op save (system fields and reference flags aside)', () => {
    expect(diffSinceApproval(approved, {...approved, _rev: 'r2', _updatedAt: 'now'})).toEqual([])
  })

  it('lists changed fields and body paragraphs, with their text before and after', () => {
    const current = {
      ...approved,
      title: 'Heat for a back spasm',
      body: [block('b1', 'Heat may ease pain.'), block('b3', 'See a doctor if it lasts.')],
    }
    expect(diffSinceApproval(approved, current)).toEqual([
      {
        field: 'title',
        kind: 'changed',
        before: 'Heat for back spasm',
        after: 'Heat for a back spasm',
      },
      {field: 'body', kind: 'changed', before: 'Heat eases pain.', after: 'Heat may ease pain.'},
      {field: 'body', kind: 'added', after: 'See a doctor if it lasts.'},
      {field: 'body', kind: 'removed', before: 'Call 555-0100 to book.'},
    ])
  })
})
