import {lintBlocks, lintRules, lintSummary, plainText} from '@vetted/schemas/lint'
import {describe, expect, it} from 'vitest'
import {block} from './blocks.ts'

describe('plainText', () => {
  it('joins the spans of a block and ignores inline objects', () => {
    const value = {
      _type: 'block',
      children: [
        {_type: 'span', text: 'Heat '},
        {_type: 'inlineIcon', icon: 'x'},
        {_type: 'span', text: 'helps.'},
      ],
    }
    expect(plainText(value)).toBe('Heat helps.')
  })

  it('is empty for anything that is not a text block', () => {
    expect(plainText({_type: 'image'})).toBe('')
    expect(plainText(null)).toBe('')
  })
})

describe('lintBlocks', () => {
  it('skips non-text blocks and malformed input without throwing', () => {
    const odd = [null, 1, 'text', {_type: 'image'}, {_type: 'block', children: 'nope'}, {}]
    expect(lintBlocks(odd)).toEqual([])
  })

  it('reports offsets into the plain text across spans, with the span where each starts', () => {
    const value = block(['Heat is a ', 'miracle', ' for everyone.'])
    const {_key: blockKey} = value
    const [finding] = lintBlocks([value])
    expect(finding).toEqual({
      ruleId: 'claims/absolute',
      severity: 'warning',
      blockKey,
      spanKey: 'span1',
      start: 10,
      end: 17,
      text: 'miracle',
      message: expect.stringContaining('Rephrase'),
    })
  })

  it('falls back to the position as key for a block without one', () => {
    const [finding] = lintBlocks([
      {_type: 'block', children: [{_type: 'span', text: 'A miracle.'}]},
    ])
    expect(finding?.blockKey).toBe('#0')
  })
})

describe('lintSummary', () => {
  it('counts findings by rule, listing every rule', () => {
    const findings = lintBlocks([
      block('Call 310-828-7757 today to schedule a visit. It is a miracle cure.'),
    ])
    const summary = lintSummary(findings)
    expect(summary.total).toBe(findings.length)
    expect(Object.keys(summary.byRule).sort()).toEqual(Object.keys(lintRules).sort())
    expect(summary.byRule).toMatchObject({
      'commerce/phone-number': 1,
      'commerce/promotion': 1,
      'claims/absolute': 2,
      'dosage/uncited': 0,
    })
  })
})
