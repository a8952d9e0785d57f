import {lintBlocks, plainText, type LintFinding} from '@vetted/schemas/lint'
import {describe, expect, it} from 'vitest'
import {keyOf, seedBlocks, textBlocks} from './seedBlocks.ts'

function commerce(findings: LintFinding[]): LintFinding[] {
  return findings.filter((finding) => finding.ruleId.startsWith('commerce/'))
}

describe('lint on the seed articles', () => {
  describe.each([0, 3])('seed 00%i (The Spine Institute)', (seed) => {
    const findings = lintBlocks(seedBlocks(seed))

    it('flags the phone number', () => {
      expect(findings).toContainEqual(
        expect.objectContaining({ruleId: 'commerce/phone-number', text: '310-828-7757'}),
      )
    })

    it('flags "call … today … to schedule a consultation" as one promotion', () => {
      expect(findings).toContainEqual(
        expect.objectContaining({
          ruleId: 'commerce/promotion',
          text: 'call one of our friendly representatives today at 310-828-7757 to schedule a consultation',
        }),
      )
    })

    it('points each finding at its block and the exact text', () => {
      const blocks = seedBlocks(seed)
      for (const finding of findings) {
        const found = blocks.find((candidate) => keyOf(candidate) === finding.blockKey)
        expect(plainText(found).slice(finding.start, finding.end)).toBe(finding.text)
        expect(finding.spanKey).toBe(keyOf(found?.children[0]))
        expect(finding.severity).toBe('warning')
      }
    })
  })

  describe('seed 001 (listicle with a pharmacy coupon)', () => {
    const findings = lintBlocks(seedBlocks(1))

    it('flags "Shop for stretching accessories"', () => {
      const shop = findings.find((finding) => finding.text === 'Shop for')
      expect(shop?.ruleId).toBe('commerce/promotion')
    })

    it('flags the pharmacy coupon line', () => {
      const blocks = seedBlocks(1)
      const couponBlock = blocks.find((candidate) =>
        plainText(candidate).includes('Optum Perks can help you save money'),
      )
      const onCoupon = findings.filter((finding) => finding.blockKey === keyOf(couponBlock))
      expect(onCoupon.map((finding) => [finding.ruleId, finding.text])).toEqual(
        expect.arrayContaining([
          ['commerce/promotion', 'save money'],
          ['commerce/promotion', 'coupons'],
        ]),
      )
    })

    it('does not flag "call your doctor" or "call my healthcare provider"', () => {
      const blocks = seedBlocks(1)
      const careKeys = blocks
        .filter((candidate) =>
          /call (?:your doctor|my healthcare provider)/i.test(plainText(candidate)),
        )
        .map(keyOf)
      expect(careKeys.length).toBeGreaterThanOrEqual(3)
      expect(commerce(findings).filter((finding) => careKeys.includes(finding.blockKey))).toEqual(
        [],
      )
    })

    it('flags the cold-pack dosing interval as a dosage without a source', () => {
      expect(findings).toContainEqual(
        expect.objectContaining({ruleId: 'dosage/uncited', text: 'every 1-2 hours'}),
      )
    })
  })

  it('finds no commerce in seeds 002 and 004 (their "contact us" is a feedback link)', () => {
    expect(commerce(lintBlocks(seedBlocks(2)))).toEqual([])
    expect(commerce(lintBlocks(seedBlocks(4)))).toEqual([])
  })

  it("does not read seed 004's reference list as uncited claims", () => {
    const blocks = seedBlocks(4)
    const references = blocks.find((candidate) => plainText(candidate).startsWith('[1] Hides JA'))
    const findings = lintBlocks(blocks).filter((finding) => finding.blockKey === keyOf(references))
    expect(findings).toEqual([])
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
