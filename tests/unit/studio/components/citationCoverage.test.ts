import {describe, expect, it} from 'vitest'
import {citationCoverage} from '../../../../studio/src/components/review/citationCoverage.ts'

const paragraph = (key: string, text: string, cited: boolean, style = 'normal') => ({
  _key: key,
  _type: 'block',
  style,
  markDefs: cited
    ? [{_key: 'm1', _type: 'citation', source: {_type: 'reference', _ref: 'citation-1'}}]
    : [],
  children: [{_key: `${key}s`, _type: 'span', marks: cited ? ['m1'] : [], text}],
})

describe('citation coverage', () => {
  it('counts the paragraphs that carry a source and lists those that do not', () => {
    const coverage = citationCoverage([
      paragraph('h', 'Treatments', false, 'h2'),
      paragraph('p1', 'NSAIDs reduce pain in the short term.', true),
      paragraph('p2', 'Heat wraps relieve spasm.', false),
    ])
    expect(coverage.cited).toBe(1)
    expect(coverage.uncited).toBe(1)
    expect(coverage.paragraphs.map((p) => [p.number, p.citations])).toEqual([
      [1, 1],
      [2, 0],
    ])
  })

  it('does not count a citation definition that no text uses', () => {
    const unused = {
      ...paragraph('p', 'Claim.', true),
      children: [{_key: 's', _type: 'span', marks: [], text: 'Claim.'}],
    }
    expect(citationCoverage([unused]).cited).toBe(0)
  })
})
