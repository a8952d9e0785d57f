import {lintBlocks, type LintContext} from '@vetted/schemas/lint'
import {describe, expect, it} from 'vitest'
import {block} from './blocks.ts'

const context: LintContext = {
  citations: {
    'citation-seed-004-1': {status: 'not-found'},
    'citation-seed-004-2': {status: 'verified'},
    'citation-seed-004-3': {status: 'unverified'},
    'citation-seed-004-4': {status: 'verified', retracted: true},
    'citation-retracted': {status: 'retracted'},
  },
}

function cite(ref: string) {
  return block(['Exercise helps', {text: '[1]', cite: ref}, ' chronic back pain.'])
}

describe('citations rules', () => {
  it.each([
    ['citation-seed-004-3', 'citations/unverified'],
    ['drafts.citation-seed-004-3', 'citations/unverified'],
    ['citation-seed-004-1', 'citations/not-found'],
    ['citation-seed-004-4', 'citations/retracted'],
    ['citation-retracted', 'citations/retracted'],
    ['citation-missing', 'citations/unverified'],
  ])('a span citing %s gets %s', (ref, ruleId) => {
    const findings = lintBlocks([cite(ref)], context)
    expect(findings).toEqual([
      expect.objectContaining({ruleId, spanKey: 'span1', start: 14, end: 17, text: '[1]'}),
    ])
  })

  it('raises nothing for a verified citation', () => {
    expect(lintBlocks([cite('citation-seed-004-2')], context)).toEqual([])
  })

  it('checks citation status only when the caller supplies it', () => {
    expect(lintBlocks([cite('citation-seed-004-3')])).toEqual([])
  })

  it('explains what to do with a retracted source', () => {
    const [finding] = lintBlocks([cite('citation-retracted')], context)
    expect(finding?.message).toMatch(/retracted/i)
    expect(finding?.message).toMatch(/remove the citation/i)
  })
})
