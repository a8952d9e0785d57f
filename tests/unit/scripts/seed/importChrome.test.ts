import {describe, expect, it} from 'vitest'
import {
  demoSeedNumbers,
  importedFixture,
  importedSeed,
  chromeOf,
  bodyTexts,
  units,
} from './seedFixtures.ts'

describe('page chrome, one fixture per kind', () => {
  it('removes skip links, scroll links and cart links, not a sentence about a cart', () => {
    const seed = importedFixture('100')
    expect(chromeOf(seed)).toEqual([
      [1, 'navigation', 'Skip to content'],
      [2, 'navigation', 'Skip to Main Content'],
      [10, 'navigation', 'Scroll to Top'],
      [11, 'navigation', 'Back to top'],
      [12, 'navigation', 'Shopping Cart'],
      [13, 'navigation', 'Your Shopping Cart'],
      [14, 'navigation', 'View Cart'],
    ])
    expect(seed.title).toBe('Stretching a Tight Lower Back')
    expect(units(seed)).toEqual([
      'paragraph:A short stretch routine can loosen a back that feels stiff after a day of sitting.',
      'paragraph:Add one stretch at a time to your day, as you would add an item to a shopping cart.',
    ])
  })

  it('removes every "Label: …" related-link line, and keeps "Related research …"', () => {
    const seed = importedFixture('101')
    expect(chromeOf(seed)).toEqual([
      [4, 'related-link', 'Read Also: Choosing an Office Chair'],
      [5, 'related-link', 'Recommended Reading: Five Stretches for Desk Workers'],
      [6, 'related-link', 'You May Like: Walking Breaks That Work'],
      [7, 'related-link', 'You May Also Like: Standing Desks Compared'],
      [8, 'related-link', 'Also Check: Lumbar Rolls and Cushions'],
      [9, 'related-link', "Don't Miss: Sleep Positions for a Sore Back"],
      [10, 'related-link', 'Don’t Miss: Heat or Ice?'],
      [11, 'related-link', 'Read more: Why Hamstrings Matter'],
      [12, 'related-link', 'Related: Hip Flexor Stretches'],
      [13, 'related-link', 'Related Posts: Core Exercises for Beginners'],
      [14, 'related-link', 'See also: Lifting Safely at Home'],
    ])
    expect(bodyTexts(seed)).toEqual([
      'Sitting hunched at a desk can leave the lower back muscles tired by mid-afternoon.',
      'Related research on posture is mixed, so change position often rather than hunting for one perfect way to sit.',
    ])
  })

  it('removes "Pin on …" and Pinterest captions, not a sentence about Pinterest', () => {
    const seed = importedFixture('102')
    expect(chromeOf(seed)).toEqual([
      [3, 'image-caption', 'Pin on Back Pain Relief'],
      [7, 'image-caption', 'Heat pack ideas from Pinterest'],
      [9, 'image-caption', 'Save this routine on Pinterest'],
    ])
    expect(bodyTexts(seed)).toContain(
      'Photos of heat packs on Pinterest are not instructions, so check the temperature on the packet.',
    )
  })

  it('removes widgets anywhere and trailing link lists, not a "Latest Posts" heading mid-article', () => {
    const seed = importedFixture('103')
    expect(chromeOf(seed)).toEqual([
      [3, 'widget', 'Video of the Day'],
      [7, 'widget', 'Advertisement'],
      [13, 'widget', 'Latest'],
      [14, 'widget', 'Most Popular'],
      [15, 'widget', 'Trending'],
    ])
    expect(units(seed)).toEqual([
      'paragraph:Short walks on flat ground help many people loosen up after a spasm.',
      'heading:Latest Posts',
      'paragraph:Start with five minutes and add a little more each day.',
    ])
  })

  it('removes a date on a line of its own, not a sentence that gives a date', () => {
    const seed = importedFixture('104')
    expect(chromeOf(seed)).toEqual([
      [2, 'dateline', 'Thursday, June 5, 2025'],
      [3, 'dateline', 'June 5, 2025'],
    ])
    expect(bodyTexts(seed)).toContain(
      'On June 5, 2025 the clinic started a lunchtime walking group.',
    )
  })

  it('removes breadcrumb labels glued to the title and keeps the title', () => {
    const seed = importedFixture('105')
    expect(chromeOf(seed)).toEqual([[1, 'breadcrumb', 'HomeHealthSpineWhy Spasms Come Back']])
    expect(seed.title).toBe('Why Spasms Come Back')
  })

  it('removes "Fact Checked" / "Medically Reviewed" badges, not a sentence about review', () => {
    const seed = importedFixture('106')
    expect(chromeOf(seed)).toEqual([
      [3, 'badge', 'Fact Checked'],
      [5, 'badge', 'Medically Reviewed'],
      [7, 'badge', 'Fact-checked'],
    ])
    expect(bodyTexts(seed)).toContain('This article was medically reviewed before it was posted.')
  })

  it('removes the comment form and everything after it, not an invitation to comment', () => {
    const seed = importedFixture('107')
    expect(chromeOf(seed)).toEqual([
      [7, 'comments', 'Leave a Comment'],
      [9, 'site-footer', 'Your email address will not be published. Required fields are marked *'],
      [11, 'site-footer', 'Comment *'],
      [13, 'site-footer', 'Name *'],
      [15, 'site-footer', 'Post Comment'],
      [17, 'site-footer', 'Shopping Cart'],
      [18, 'site-footer', 'Scroll to Top'],
      [20, 'site-footer', 'The content of this site is for general information only.'],
    ])
    expect(bodyTexts(seed)).toEqual([
      'A few minutes of core work each day helps the trunk share the load with the back.',
      'Tell us in the comments which exercise you found easiest.',
    ])
  })

  it('treats a comment count as the start of the comments too', () => {
    expect(chromeOf(importedFixture('108'))).toEqual([
      [3, 'comments', '2 Comments'],
      [4, 'site-footer', 'Marta: This helped me sleep through the night.'],
      [5, 'site-footer', 'Reply'],
    ])
  })

  it('removes the title repeated in any case and a paragraph printed twice, not list items', () => {
    const seed = importedFixture('109')
    expect(chromeOf(seed)).toEqual([
      [5, 'repeated-title', 'Lifting without straining your back'],
      [7, 'repeated-text', 'Bend at the hips and knees and keep the load close to your body.'],
      [12, 'repeated-title', 'LIFTING WITHOUT STRAINING YOUR BACK'],
    ])
    expect(units(seed)).toEqual([
      'paragraph:Bend at the hips and knees and keep the load close to your body.',
      'bullet:Keep the load close',
      'bullet:Keep the load close',
      'paragraph:Turn with your feet rather than twisting at the waist.',
    ])
  })
})

describe('page chrome in the demo seeds', () => {
  it('lists every line taken out of 001, the listicle, with its rule', () => {
    expect(chromeOf(importedSeed('001'))).toEqual([
      [1, 'breadcrumb', 'HomeWellnessSpineHow To Calm A Lower Back Spasm'],
      [5, 'dateline', 'Monday, March 3, 2025'],
      [7, 'image-caption', 'Pin on Back Care Tips'],
      [11, 'repeated-title', 'How to calm a lower back spasm'],
      [13, 'related-link', 'Recommended Reading: The Best Mattress Firmness For A Sore Back'],
      [32, 'related-link', 'Read Also: Is Walking Good For Sciatica?'],
      [40, 'widget', 'Video of the Day'],
      [54, 'related-link', 'You May Like: 10 Desk Stretches For People Who Sit All Day'],
      [62, 'related-link', 'Also Check: Heating Pad Or Ice Pack For Back Pain?'],
      [72, 'related-link', 'Don’t Miss: Ibuprofen Or Naproxen For A Sore Back'],
      [96, 'related-link', 'Related: Can Stress Really Cause Back Pain?'],
      [128, 'image-caption', 'Save these stretches for later on Pinterest'],
      [130, 'widget', 'Advertisement'],
      [134, 'widget', 'Most Popular'],
    ])
  })

  it('removes the badge, the repeats, the comment form and the footer of 002', () => {
    const seed = importedSeed('002')
    expect(seed.chrome.map(({line, rule}) => `${line} ${rule}`)).toEqual([
      '3 badge',
      '13 repeated-title',
      '14 repeated-text',
      '24 comments',
      '26 site-footer',
      '28 site-footer',
      '30 site-footer',
      '32 site-footer',
      '34 site-footer',
      '36 site-footer',
      '37 site-footer',
      '39 site-footer',
      '40 site-footer',
      '42 site-footer',
      '44 site-footer',
      '46 site-footer',
    ])
    expect(bodyTexts(seed).join('\n')).not.toMatch(
      /Leave a Reply|View Cart|Back to Top|Medically Reviewed|Prairie First Aid Training/,
    )
  })

  it('removes the skip link, dateline, related links and "Back to top" of 003', () => {
    expect(chromeOf(importedSeed('003'))).toEqual([
      [1, 'navigation', 'Skip to main content'],
      [5, 'dateline', 'January 14, 2025'],
      [
        21,
        'related-link',
        'Related Posts: Sciatica Or Piriformis Syndrome? How To Tell The Difference',
      ],
      [42, 'related-link', 'See also: Our Guide To Setting Up A Home Office Desk'],
      [56, 'navigation', 'Back to top'],
    ])
  })

  it('removes the skip link, the repeated heading and title, and trailing "Read also:"/"Latest" from 004', () => {
    expect(chromeOf(importedSeed('004'))).toEqual([
      [1, 'navigation', 'Skip to content'],
      [13, 'repeated-text', 'Start With Self-Care'],
      [23, 'repeated-title', 'What Research Says About Treating Lower Back Spasms'],
      [57, 'related-link', 'Read also:'],
      [59, 'widget', 'Latest'],
    ])
  })

  it('removes nothing from 000, which carries no chrome', () => {
    expect(importedSeed('000').chrome).toEqual([])
  })

  it('leaves no removed line in any body (a repeat keeps its first copy)', () => {
    for (const number of demoSeedNumbers) {
      const seed = importedSeed(number)
      const body = new Set(bodyTexts(seed))
      const leftOver = seed.chrome
        .filter(({rule}) => rule !== 'repeated-text' && rule !== 'repeated-title')
        .filter(({text}) => body.has(text) || bodyTexts(seed).some((unit) => unit.includes(text)))
      expect({number, leftOver}).toEqual({number, leftOver: []})
    }
  })

  it('keeps promotions and phone numbers: they are content the lint flags for editors', () => {
    expect(bodyTexts(importedSeed('000')).join('\n')).toContain(
      'Call our front desk at 503-555-0142 to schedule a consultation',
    )
    expect(bodyTexts(importedSeed('003')).join('\n')).toContain(
      'Call us today at (971) 555-0187 to book your evaluation',
    )
    const body001 = bodyTexts(importedSeed('001'))
    expect(body001).toContain('Shop for heating pads and heat wraps')
    expect(body001.join('\n')).toContain('RxMeadow coupons can help you save money')
  })
})
