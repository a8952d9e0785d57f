import {splitReferenceList} from '@vetted/schemas/citations'
import {describe, expect, it} from 'vitest'

describe('splitReferenceList', () => {
  it('splits a numbered list, dropping the heading and the numbers', () => {
    const list = `References
1. Hides JA. Title one. Spine. 1996;21(17):2048-2055.
2. Cherkin DC. Title two. Arch Intern Med. 2009;169(16):1444-1451.`
    expect(splitReferenceList(list)).toEqual([
      'Hides JA. Title one. Spine. 1996;21(17):2048-2055.',
      'Cherkin DC. Title two. Arch Intern Med. 2009;169(16):1444-1451.',
    ])
  })

  it('joins a reference wrapped over several lines', () => {
    const list = `1) Hides JA. A long title that
wraps. Spine. 1996;21(17):2048-2055.
2) Cherkin DC. Title two. Arch Intern Med. 2009;169:1444-1451.`
    expect(splitReferenceList(list)[0]).toBe(
      'Hides JA. A long title that wraps. Spine. 1996;21(17):2048-2055.',
    )
  })

  it('does not split on numbers that are out of sequence (volumes, parts)', () => {
    const single = 'Smith J. Low back pain, part 2. Results. Spine. 1996;21(17):2048-2055.'
    expect(splitReferenceList(single)).toEqual([single])
  })

  it('splits unnumbered references one per line', () => {
    expect(splitReferenceList('A. J. 2001;1:1.\n\nB. J. 2002;2:2.\n')).toEqual([
      'A. J. 2001;1:1.',
      'B. J. 2002;2:2.',
    ])
  })
})
