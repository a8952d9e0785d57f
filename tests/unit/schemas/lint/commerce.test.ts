import {lintBlocks, type LintRuleId} from '@vetted/schemas/lint'
import {describe, expect, it} from 'vitest'
import {block} from './blocks.ts'

function flagged(text: string, ruleId: LintRuleId): string[] {
  return lintBlocks([block(text)])
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => finding.text)
}

describe('commerce/phone-number', () => {
  it.each([
    ['Call 310-828-7757 now.', '310-828-7757'],
    ['Phone (310) 828-7757 for details.', '(310) 828-7757'],
    ['Ring us on +44 20 7946 0958.', '+44 20 7946 0958'],
    ['Our clinic: 0207 946 0958.', '0207 946 0958'],
    ['Toll free 1-800-555-0199 any time.', '1-800-555-0199'],
  ])('flags %j', (text, number) => {
    expect(flagged(text, 'commerce/phone-number')).toEqual([number])
  })

  it.each([
    'Call 911 if you cannot move your legs.',
    'In the UK call 999; in the EU call 112.',
    'A 2019 study of 1,200 adults found no difference.',
    'Spine. 1996;21(17):2048-2055.',
    'Apply heat for 15-20 minutes, 3-4 times, between 2020-2024.',
    'See doi:10.1097/00007632-200106010-00004 for details.',
  ])('does not flag %j', (text) => {
    expect(flagged(text, 'commerce/phone-number')).toEqual([])
  })

  it('flags a tel: link, but not one to an emergency number', () => {
    const findings = lintBlocks([
      block(['Questions? ', {text: 'Ring the clinic', href: 'tel:+13108287757'}]),
      block(['In an emergency ', {text: 'call 911', href: 'tel:911'}]),
    ])
    expect(findings.map((finding) => [finding.ruleId, finding.text, finding.spanKey])).toEqual([
      ['commerce/phone-number', 'Ring the clinic', 'span1'],
    ])
  })
})

describe('commerce/promotion', () => {
  it.each([
    [
      'Call our office today to schedule a consultation.',
      'Call our office today to schedule a consultation',
    ],
    ['Book an appointment online in minutes.', 'Book an appointment'],
    ['Shop now for heating pads.', 'Shop now'],
    ['Use this coupon at checkout.', 'coupon'],
    ['Get 20% off your first order.', '20% off'],
    ['Members save money on prescriptions.', 'save money'],
    ['Ask about our discounted packages.', 'discounted'],
    ['Call us today!', 'Call us today'],
    ['Our industry-leading surgeons can help.', 'industry-leading'],
  ])('flags %j', (text, phrase) => {
    expect(flagged(text, 'commerce/promotion')).toEqual([phrase])
  })

  it.each([
    'Call your doctor if the pain lasts more than a week.',
    'Call your doctor to schedule a follow-up if spasms return.',
    'Call 911 to request an ambulance if you lose bladder control.',
    'Book an appointment with your GP if symptoms persist.',
    'You should also call if you have pain with weakness or numbness.',
    'Contact your healthcare provider immediately for the following:',
    'If you feel that any of our content is inaccurate, please contact us through our contact us page.',
    'The workshop taught lifting technique.',
    'In order for the muscle to relax, rest it.',
  ])('does not flag %j', (text) => {
    expect(flagged(text, 'commerce/promotion')).toEqual([])
  })

  it('tells the editor what to do', () => {
    const [finding] = lintBlocks([block('Use this coupon at checkout.')])
    expect(finding?.severity).toBe('warning')
    expect(finding?.message).toMatch(/remove it/i)
  })
})
