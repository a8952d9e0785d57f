import {describe, expect, it} from 'vitest'
import {importSeed} from '@vetted/scripts/seed'
import {importedSeed} from './seedFixtures.ts'

const encode = (text: string) => new TextEncoder().encode(text)
const bodyTexts = (number: string) => importedSeed(number).body.map((unit) => unit.text)
const removedTexts = (number: string) => importedSeed(number).chrome.map((removal) => removal.text)

describe('page chrome', () => {
  it('removes navigation, comment form and footer from 002 and lists each line', () => {
    const seed = importedSeed('002')
    expect(seed.chrome.map(({line, rule}) => `${line} ${rule}`)).toEqual([
      '3 badge',
      '13 repeated-title',
      '14 repeated-text',
      '28 comments',
      '30 site-footer',
      '32 site-footer',
      '33 site-footer',
      '35 site-footer',
      '36 site-footer',
      '38 site-footer',
      '40 site-footer',
      '42 site-footer',
    ])
    expect(removedTexts('002')).toEqual(
      expect.arrayContaining(['Leave a Comment', 'Shopping Cart', 'Scroll to Top']),
    )
    expect(bodyTexts('002').join('\n')).not.toMatch(/Shopping Cart|Scroll to Top|Leave a Comment/)
  })

  it('removes every related-link line, captions, widgets, dateline and breadcrumb from 001', () => {
    const removed = removedTexts('001')
    expect(removed).toHaveLength(20)
    for (const label of ['Recommended Reading:', 'Read Also:', 'You May Like:', 'Also Check:']) {
      expect(removed.some((text) => text.startsWith(label))).toBe(true)
    }
    expect(removed).toEqual(
      expect.arrayContaining([
        'Don’t Miss: Tylenol Or Aleve For Back Pain',
        'Pin on Health & Wellness',
        'Video of the Day',
        'Most Popular',
        'Friday, April 19, 2024',
        'HomeFactsHow To Help Muscle Spasms In Lower Back',
      ]),
    )
    const body = bodyTexts('001').join('\n')
    expect(body).not.toMatch(
      /Recommended Reading:|Read Also:|You May Like:|Also Check:|Don.t Miss:|Pin on|Pinterest/,
    )
  })

  it('removes the skip link, repeated titles and trailing "Read also:"/"Latest" from 004', () => {
    expect(importedSeed('004').chrome.map(({line, rule, text}) => [line, rule, text])).toEqual([
      [1, 'navigation', 'Skip to content'],
      [
        8,
        'repeated-text',
        'Treatment for Lower Back Spasms: Relief Strategies, Stretches, and Prevention Measures',
      ],
      [
        10,
        'repeated-title',
        'Treatment for Lower Back Spasms: Alleviating Pain, Stretching, and Prevention Strategies',
      ],
      [49, 'related-link', 'Read also:'],
      [51, 'widget', 'Latest'],
    ])
  })

  it('removes nothing from 000 and 003, which carry no chrome', () => {
    expect(importedSeed('000').chrome).toEqual([])
    expect(importedSeed('003').chrome).toEqual([])
  })

  it('keeps promotions and phone numbers: they are content the lint flags for editors', () => {
    for (const number of ['000', '003']) {
      expect(bodyTexts(number).join('\n')).toContain(
        'call one of our friendly representatives today at 310-828-7757 to schedule a consultation',
      )
    }
    const body001 = bodyTexts('001')
    expect(body001).toContain('Shop for stretching accessories')
    expect(body001.join('\n')).toContain('Optum Perks can help you save money!')
  })
})

describe('structure', () => {
  it('turns the inline "•" runs of 000 into bullet items and keeps the prose around them', () => {
    const body = importedSeed('000').body
    const bullets = body.filter((unit) => unit.kind === 'bullet').map((unit) => unit.text)
    expect(bullets).toHaveLength(13)
    expect(bullets).toContain('Nerve damage or related conditions such as sciatica')
    expect(bullets).toContain('Maintaining good posture')
    expect(bullets.every((text) => !text.includes('•'))).toBe(true)
    const afterLastItem =
      body[body.findIndex((unit) => unit.text === 'Maintaining good posture') + 1]
    expect(afterLastItem?.kind).toBe('paragraph')
    expect(afterLastItem?.text).toMatch(/^When trying to figure out what may be causing/)
  })

  it('turns the "•" lines of 003 into bullet items', () => {
    const bullets = importedSeed('003')
      .body.filter((unit) => unit.kind === 'bullet')
      .map((unit) => unit.text)
    expect(bullets).toEqual([
      'Spinal disc damage',
      'Facet joint osteoarthritis (OA)',
      'Spinal narrowing (stenosis)',
      'Spinal disc wear (degenerative disc disease)',
      expect.stringMatching(/^Cold therapy – Acute muscle spasms are painful/),
      expect.stringMatching(/^Heat therapy – Heat has a soothing effect/),
      expect.stringMatching(/^Inclined sitting\/laying – Getting into a reclined position/),
    ])
  })

  it('makes the short unpunctuated lines of 001 headings, and its first one the title', () => {
    const seed = importedSeed('001')
    expect(seed.title).toBe('How To Help Muscle Spasms In Lower Back')
    const headings = seed.body.filter((unit) => unit.kind === 'heading').map((unit) => unit.text)
    expect(headings).toEqual(
      expect.arrayContaining([
        'What Can Cause A Back Spasm',
        'Chiropractic Care & Acupuncture',
        'When Should You Call Your Doctor',
        'How To Prevent Future Back Spasms',
      ]),
    )
    expect(headings).not.toContain('There are a number of potential causes of lower back spasms')
  })

  it('gives 004 its first heading as title and keeps the other distinct headings', () => {
    const seed = importedSeed('004')
    expect(seed.title).toBe(
      'Treatment for Lower Back Spasms: Alleviating Pain, Stretching, and Prevention Strategies',
    )
    expect(seed.sourceTitle).toBe(seed.title)
    expect(seed.body.filter((unit) => unit.kind === 'heading').map((unit) => unit.text)).toEqual([
      'Relief for Lower Back Spasms: Strategies for Easing Pain, Stretching, and Prevention of Recurrence',
      'Treatment for Lower Back Spasms: Relief Strategies, Stretches, and Prevention Measures',
    ])
  })

  it('makes the "1. …" lines of 004 a numbered list and its "[1] …" paragraph a reference list', () => {
    const seed = importedSeed('004')
    const numbered = seed.body.filter((unit) => unit.kind === 'number')
    expect(numbered).toHaveLength(12)
    expect(numbered[0]?.text).toMatch(/^Chronic lower back spasms, characterized by/)
    expect(seed.referenceLists).toHaveLength(1)
    expect(seed.body.some((unit) => unit.text.includes('[1] Hides JA'))).toBe(false)
  })

  it('titles a seed without a heading by its first sentence and leaves sourceTitle unset', () => {
    const seed = importedSeed('003')
    expect(seed.title).toMatch(
      /^Back muscle spasms can range from nothing more than a minor annoyance/,
    )
    expect(seed.title.length).toBeLessThanOrEqual(90)
    expect(seed.sourceTitle).toBeUndefined()
    expect(seed.standfirst).toMatch(/^Back muscle spasms can range from.*\.$/)
    expect(seed.standfirst.length).toBeLessThanOrEqual(300)
  })
})

describe('text stays faithful to the source', () => {
  it('keeps the words of every content line of 003', () => {
    const body = bodyTexts('003').join(' ')
    expect(body).toContain(
      'Over-the-counter non-steroidal anti-inflammatory drugs (NSAIDs) like aspirin and ibuprofen can also control inflammation around affected soft tissues.',
    )
    expect(body).toContain('Just avoid the temptation to “push through the pain.”')
  })

  it('reads a synthetic seed the same way as the real ones', () => {
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
