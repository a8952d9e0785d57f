import {lintBlocks, plainText, type LintFinding} from '@vetted/schemas/lint'
import {describe, expect, it} from 'vitest'
import {keyOf, seedBlocks, textBlocks} from './seedBlocks.ts'

function commerce(findings: LintFinding[]): LintFinding[] {
  return findings.filter((finding) => finding.ruleId.startsWith('commerce/'))
}

function textsOf(findings: LintFinding[], ruleId: string): string[] {
  return findings.filter((finding) => finding.ruleId === ruleId).map((finding) => finding.text)
}

describe('lint on the demo seed articles', () => {
  describe.each([
    {
      seed: 0,
      site: 'Cedar Hollow Spine & Sports Clinic',
      phone: '503-555-0142',
      call: 'Call our front desk at 503-555-0142 to schedule a consultation',
    },
    {
      seed: 3,
      site: 'Willow Creek Physical Therapy',
      phone: '(971) 555-0187',
      call: 'Call us today at (971) 555-0187 to book your evaluation',
    },
  ])('seed 00$seed ($site)', ({seed, phone, call}) => {
    const findings = lintBlocks(seedBlocks(seed))

    it('flags the phone number', () => {
      expect(textsOf(findings, 'commerce/phone-number')).toEqual([phone])
    })

    it('flags "call … to schedule/book …" as one promotion, phone number and all', () => {
      expect(findings).toContainEqual(
        expect.objectContaining({ruleId: 'commerce/promotion', text: call}),
      )
      expect(
        textsOf(findings, 'commerce/promotion').filter((text) => text.includes(phone)),
      ).toEqual([call])
    })

    it('points each finding at its block and the exact text', () => {
      const blocks = seedBlocks(seed)
      expect(findings.length).toBeGreaterThanOrEqual(8)
      for (const finding of findings) {
        const found = blocks.find((candidate) => keyOf(candidate) === finding.blockKey)
        expect(found).toBeDefined()
        expect(plainText(found).slice(finding.start, finding.end)).toBe(finding.text)
        expect(finding.text.length).toBeGreaterThan(0)
        expect(finding.spanKey).toBe(keyOf(found?.children[0]))
        expect(finding.severity).toBe('warning')
      }
    })
  })

  describe('seed 001 (listicle with a pharmacy coupon)', () => {
    const blocks = seedBlocks(1)
    const findings = lintBlocks(blocks)

    it('flags "Shop for heating pads and heat wraps"', () => {
      const shop = findings.find((finding) => finding.text === 'Shop for')
      expect(shop?.ruleId).toBe('commerce/promotion')
      const block = blocks.find((candidate) => keyOf(candidate) === shop?.blockKey)
      expect(plainText(block)).toBe('Shop for heating pads and heat wraps')
    })

    it('flags the pharmacy coupon line', () => {
      const couponBlock = blocks.find((candidate) =>
        plainText(candidate).includes('RxMeadow coupons can help you save money'),
      )
      const onCoupon = findings.filter((finding) => finding.blockKey === keyOf(couponBlock))
      expect(onCoupon.map((finding) => [finding.ruleId, finding.text])).toEqual(
        expect.arrayContaining([
          ['commerce/promotion', 'coupons'],
          ['commerce/promotion', 'save money'],
        ]),
      )
    })

    it('does not flag "call your doctor", "book an appointment with your doctor" or "call 911"', () => {
      const careKeys = blocks
        .filter((candidate) =>
          /call your doctor|book an appointment with your doctor|call 911/i.test(
            plainText(candidate),
          ),
        )
        .map(keyOf)
      expect(careKeys.length).toBeGreaterThanOrEqual(3)
      expect(commerce(findings).filter((finding) => careKeys.includes(finding.blockKey))).toEqual(
        [],
      )
    })

    it('flags the cold-pack interval as a dosage without a source', () => {
      expect(textsOf(findings, 'dosage/uncited')).toEqual(['every 2 to 3 hours'])
    })

    it('flags the hype: "miracle", "instant relief", "100% natural", "no side effects"', () => {
      expect(textsOf(findings, 'claims/absolute').sort()).toEqual(
        ['100% natural', 'instant relief', 'miracle', 'no side effects'].sort(),
      )
    })
  })

  describe('seed 002 (first-aid page)', () => {
    const findings = lintBlocks(seedBlocks(2))

    it('flags the ibuprofen dose given without a source', () => {
      expect(textsOf(findings, 'dosage/uncited')).toEqual(['400 mg', 'three times a day'])
    })

    it('flags "no side effects" and "will cure"', () => {
      expect(textsOf(findings, 'claims/absolute')).toEqual(['no side effects', 'cure'])
    })
  })

  it('flags the clinic’s claims in seed 003: "clinically proven", "cure", a percentage', () => {
    const findings = lintBlocks(seedBlocks(3))
    expect(textsOf(findings, 'claims/absolute')).toEqual(['clinically proven', 'cure'])
    expect(textsOf(findings, 'claims/uncited')).toContain(
      'Most patients reduce their pain by 50 percent within three visits, and our approach can cure even long-standing back spasms.',
    )
  })

  it('finds no commerce in seeds 002 and 004 (002’s "contact us" is a feedback link)', () => {
    expect(seedBlocks(2).some((block) => plainText(block).includes('contact us'))).toBe(true)
    expect(commerce(lintBlocks(seedBlocks(2)))).toEqual([])
    expect(commerce(lintBlocks(seedBlocks(4)))).toEqual([])
  })

  it('flags "permanently eliminate" in seed 004 but not its negated "not guaranteed" or "not what cures"', () => {
    const blocks = seedBlocks(4)
    expect(blocks.some((block) => plainText(block).includes('not guaranteed to help'))).toBe(true)
    expect(blocks.some((block) => plainText(block).includes('not what cures a spasm'))).toBe(true)
    expect(textsOf(lintBlocks(blocks), 'claims/absolute')).toEqual(['permanently eliminate'])
  })

  it("does not read seed 004's reference list as uncited claims", () => {
    const blocks = seedBlocks(4)
    const references = blocks.find((candidate) => plainText(candidate).startsWith('[1] Qaseem A'))
    expect(references).toBeDefined()
    const findings = lintBlocks(blocks).filter((finding) => finding.blockKey === keyOf(references))
    expect(findings).toEqual([])
  })

  it('flags an uncited clinical claim in every seed', () => {
    for (const seed of [0, 1, 2, 3, 4]) {
      const uncited = textsOf(lintBlocks(seedBlocks(seed)), 'claims/uncited')
      expect({seed, some: uncited.length > 0}).toEqual({seed, some: true})
    }
  })

  it('raises no commerce findings on curated clinical text', () => {
    const curated = textBlocks(
      [
        'Lower back spasms are involuntary contractions of the muscles of the lower back. Most episodes settle within a few days to weeks with gentle activity, heat and simple pain relief.',
        'Call your doctor if the pain is not improving after a week, or call 911 (in the UK, 999; in Europe, 112) if you cannot stand or walk.',
        'Book an appointment with your GP if spasms keep coming back. Seek urgent care if you lose bladder or bowel control, or have numbness in the groin or fever.',
        'A 2019 study of adults in primary care looked at how long episodes last.',
      ].join('\n'),
      'curated',
    )
    expect(commerce(lintBlocks(curated))).toEqual([])
  })
})
