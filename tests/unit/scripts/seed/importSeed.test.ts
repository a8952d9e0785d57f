import {describe, expect, it} from 'vitest'
import {importSeed, SeedInputError} from '@vetted/scripts/seed'
import {
  importedFixture,
  importedSeed,
  refusedSeedsDir,
  seedFile,
  encode,
  bodyTexts,
  units,
} from './seedFixtures.ts'

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
