import {describe, expect, it} from 'vitest'
import {importSeed, SeedInputError, type ImportedSeed} from '@vetted/scripts/seed'
import {
  demoSeedNumbers,
  importedFixture,
  importedSeed,
  refusedSeedsDir,
  seedFile,
} from './seedFixtures.ts'

const encode = (text: string) => new TextEncoder().encode(text)
const chromeOf = (seed: ImportedSeed) => seed.chrome.map(({line, rule, text}) => [line, rule, text])
const bodyTexts = (seed: ImportedSeed) => seed.body.map((unit) => unit.text)
const units = (seed: ImportedSeed) => seed.body.map(({kind, text}) => `${kind}:${text}`)

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

describe('structure', () => {
  it('splits an inline "•" run into items and the prose run onto the last one back off', () => {
    expect(units(importedFixture('111'))).toEqual([
      'paragraph:Spasms often follow a familiar trigger, for example:',
      'bullet:Lifting a heavy box',
      'bullet:Twisting to reach the back seat',
      'bullet:A long drive without a stop',
      'paragraph:Most people can name the moment their back locked up.',
      'bullet:Stress and short sleep',
      'bullet:Sudden new exercise',
      'paragraph:Some triggers are less obvious.',
    ])
  })

  it('makes "1. …" and "2) …" lines numbered items without their numbers', () => {
    expect(units(importedFixture('112'))).toEqual([
      'paragraph:Work through these stretches slowly.',
      'number:Lie on your back and hug one knee toward your chest.',
      'number:Tilt your pelvis to flatten your lower back against the floor.',
      'number:Roll onto your side and push up to sitting.',
      'paragraph:In 2024 the clinic added a fourth stretch to the sequence.',
    ])
  })

  it('makes short unpunctuated lines and short questions headings, and nothing else', () => {
    const seed = importedFixture('113')
    expect(seed.title).toBe('Headings in a Scraped Article')
    expect(units(seed)).toEqual([
      'heading:What causes a spasm?',
      'paragraph:Muscles tighten to guard a strained area.',
      'heading:When To See A Doctor',
      'paragraph:See a doctor if the pain spreads down a leg.',
      'paragraph:This line has no full stop but it is far too long to be a heading because it runs on and on',
      'paragraph:why lowercase lines are not headings',
      'paragraph:Is this question far too long to be a heading of the article at all?',
      'paragraph:Notes, with a comma,',
      'paragraph:Thanks for reading',
    ])
  })

  it('titles a seed without a heading by its first sentence and leaves sourceTitle unset', () => {
    const seed = importedFixture('114')
    expect(seed.title).toBe(
      'Most back spasms ease within a few days, and gentle movement usually helps them settle…',
    )
    expect(seed.title.length).toBeLessThanOrEqual(90)
    expect(seed.sourceTitle).toBeUndefined()
    expect(seed.standfirst).toBe(
      'Most back spasms ease within a few days, and gentle movement usually helps them settle sooner than rest does. This fixture starts with a paragraph, so its title comes from that first sentence.',
    )
    expect(seed.body[0]?.kind).toBe('paragraph')
  })

  it('takes a "[1] … [2] …" paragraph out of the body as the reference list', () => {
    const seed = importedFixture('115')
    expect(seed.referenceLists).toHaveLength(1)
    expect(seed.referenceLists[0]).toMatch(/^\[1\] Qaseem A, .* \[2\] Chou R, /)
    expect(units(seed)).toEqual([
      'paragraph:Guidelines suggest heat and staying active before medicines.',
    ])
  })

  it('turns the inline "•" runs of 000 into bullet items and keeps the prose around them', () => {
    const body = importedSeed('000').body
    const bullets = body.filter((unit) => unit.kind === 'bullet').map((unit) => unit.text)
    expect(bullets).toEqual([
      'Lifting with a rounded back, or twisting while carrying a load',
      'Long drives or desk days without a break',
      'A sudden jump in training, such as the first week back at the gym',
      'Poor sleep and high stress, which keep muscles on edge',
      'Dehydration after a hot day of yard work',
      'Pelvic tilts while lying on your back with knees bent',
      'Knee-to-chest stretches, one leg at a time',
      'Cat-cow stretches on hands and knees',
      'Slow walks on level ground',
    ])
    const afterFirstRun =
      body[body.findIndex((unit) => unit.text === 'Dehydration after a hot day of yard work') + 1]
    expect(afterFirstRun?.kind).toBe('paragraph')
    expect(afterFirstRun?.text).toMatch(/^Some spasms are linked to a problem underneath/)
    expect(body.some((unit) => unit.kind === 'heading')).toBe(false)
  })

  it('titles 000, which has no heading, by its first sentence', () => {
    const seed = importedSeed('000')
    expect(seed.title).toBe(
      'A lower back spasm can arrive without warning, often in the middle of something ordinary…',
    )
    expect(seed.sourceTitle).toBeUndefined()
    expect(seed.standfirst).toMatch(/^A lower back spasm can arrive without warning.*car\.$/)
    expect(seed.standfirst.length).toBeLessThanOrEqual(300)
  })

  it('makes the "•" lines of 001 bullet items and its short unpunctuated lines headings', () => {
    const seed = importedSeed('001')
    expect(seed.title).toBe('How To Calm A Lower Back Spasm')
    expect(seed.sourceTitle).toBe(seed.title)
    const bullets = seed.body.filter((unit) => unit.kind === 'bullet').map((unit) => unit.text)
    expect(bullets).toHaveLength(6)
    expect(bullets[0]).toMatch(/^Heavy or awkward lifting: Picking up a child/)
    expect(bullets.every((text) => !text.includes('•'))).toBe(true)
    const headings = seed.body.filter((unit) => unit.kind === 'heading').map((unit) => unit.text)
    expect(headings).toEqual([
      'What A Spasm Feels Like',
      'What Sets Off A Spasm',
      'Is It A Spasm Or Something Else',
      '7 Ways To Ease A Back Spasm At Home',
      'Heat Or Ice First',
      'Shop for heating pads and heat wraps',
      'Gentle Stretching',
      'Over-The-Counter Pain Relief',
      'Massage And Foam Rolling',
      'Acupuncture And Chiropractic Care',
      'Keep Moving',
      'Sleep In A Back-Friendly Position',
      'Try Magnesium And Water',
      'Work With A Physical Therapist',
      'Who Gets Back Spasms',
      'Mind Your Desk Setup',
      'Should You Wear A Back Brace',
      'Back Spasms In Pregnancy',
      'When should you call your doctor?',
      'What Your Doctor Might Do',
      'How To Keep Spasms From Coming Back',
    ])
    expect(headings).not.toContain('Several everyday things can set off a spasm in the lower back:')
  })

  it('turns the "•" lines of 003 into items and its "1. …" lines into a numbered list', () => {
    const seed = importedSeed('003')
    const bullets = seed.body.filter((unit) => unit.kind === 'bullet').map((unit) => unit.text)
    expect(bullets).toEqual([
      'Strained muscles or sprained ligaments',
      'Irritated facet joints at the back of the spine',
      'Bulging or worn discs and the inflammation around them',
      'Stiff hips that make the lower back twist more than it should',
      expect.stringMatching(/^Cold packs – Ice calms a fresh strain\./),
      expect.stringMatching(/^Heat – After a day or two/),
      expect.stringMatching(/^Supported rest – Lie on your back/),
      expect.stringMatching(/^Short walks – A few minutes of easy walking/),
    ])
    const numbered = seed.body.filter((unit) => unit.kind === 'number').map((unit) => unit.text)
    expect(numbered.map((text) => text.split(':')[0])).toEqual([
      'Knee-to-chest',
      'Pelvic tilt',
      'Cat-cow',
      'Figure four',
    ])
  })

  it('gives 004 its first heading as title and keeps the other distinct headings', () => {
    const seed = importedSeed('004')
    expect(seed.title).toBe('What Research Says About Treating Lower Back Spasms')
    expect(seed.sourceTitle).toBe(seed.title)
    expect(seed.body.filter((unit) => unit.kind === 'heading').map((unit) => unit.text)).toEqual([
      'Heat, medicines, exercise and hands-on care, weighed against the evidence',
      'Start With Self-Care',
      'Medicines',
      'Exercise And Movement',
      'Acupuncture, Massage And Manipulation',
      'Injections And Surgery',
      'How Long Recovery Takes',
      'When Imaging And Specialists Help',
      'Key points',
    ])
  })

  it('makes the "1. …" lines of 004 a numbered list and its "[1] …" paragraph a reference list', () => {
    const seed = importedSeed('004')
    const numbered = seed.body.filter((unit) => unit.kind === 'number')
    expect(numbered).toHaveLength(7)
    expect(numbered[0]?.text).toBe(
      'Most lower back spasms come from strained muscles or ligaments and settle within a few weeks.',
    )
    expect(seed.referenceLists).toHaveLength(1)
    expect(seed.referenceLists[0]).toMatch(/^\[1\] Qaseem A, .* \[4\] Friedman BW, /)
    expect(seed.body.some((unit) => unit.text.includes('Qaseem A'))).toBe(false)
  })
})

describe('text stays faithful to the source', () => {
  it('keeps the words of the content lines of 003', () => {
    const body = bodyTexts(importedSeed('003')).join(' ')
    expect(body).toContain(
      'A spasm is the muscle’s way of guarding an irritated area. Common sources of that irritation include:',
    )
    expect(body).toContain(
      'Do each stretch slowly and stop if the pain travels into your leg. If a stretch makes the spasm worse, skip it for now and let your therapist know.',
    )
  })

  it('reads a synthetic seed the same way as the files', () => {
    const seed = importSeed({
      file: '009_example.txt',
      bytes: encode(
        'Skip to content\n\nA Heading Title\n\nFirst paragraph. Second sentence.\n\nIntro: • one • two\nRead Also: Something Else\n',
      ),
    })
    expect(seed).toMatchObject({
      number: '009',
      title: 'A Heading Title',
      standfirst: 'First paragraph. Second sentence.',
    })
    expect(seed.body.map(({kind, text}) => `${kind}:${text}`)).toEqual([
      'paragraph:First paragraph. Second sentence.',
      'paragraph:Intro:',
      'bullet:one',
      'bullet:two',
    ])
    expect(seed.chrome.map(({rule}) => rule)).toEqual(['navigation', 'related-link'])
  })
})

describe('refusals', () => {
  it.each([
    ['120_empty.txt', '120_empty.txt:1: has no text at all'],
    ['121_binary.txt', '121_binary.txt:3: contains binary data (byte 0x00 at offset 17)'],
    ['122_latin1.txt', '122_latin1.txt:3: is not valid UTF-8 (byte offset 10)'],
    ['123_chrome-only.txt', '123_chrome-only.txt:1: has nothing left but page chrome'],
    ['126_list-first.txt', '126_list-first.txt:1: has no title: the article starts with a bullet'],
    ['notes.txt', 'notes.txt:1: is not named like a seed'],
  ])('refuses %s, naming the file and line', (name, message) => {
    const seed = seedFile(refusedSeedsDir, name)
    expect(() => importSeed(seed)).toThrow(SeedInputError)
    expect(() => importSeed(seed)).toThrow(message)
  })
})
