import {describe, expect, it} from 'vitest'
import {repairMojibake, toNdjson} from '@vetted/scripts/seed'
import {buildDemoDataset, importedFixture, importedSeed} from './seedFixtures.ts'

describe('repairMojibake', () => {
  it('repairs both kinds of mojibake in the fixture and leaves genuine accents alone', () => {
    const seed = importedFixture('110')
    expect(seed.title).toBe('What’s Behind a Back Spasm')
    expect(seed.body.map(({kind, text}) => `${kind}:${text}`)).toEqual([
      'paragraph:It’s common to hear that a spasm is “just a cramp” – but the muscle is usually guarding an injury.',
      'paragraph:Don’t lift while twisting, and “rest” only for a day.',
      'paragraph:Cold first, then heat – the order matters less than people think.',
      'paragraph:Sitting in a café chair for hours is hard on the back.',
      'paragraph:Try:',
      'bullet:Heat',
      'bullet:Gentle walks',
      'paragraph:Genuine accents stay as they are: pâte, âge and naïve.',
    ])
    expect(seed.encodingRepairs).toBe(12)
  })

  it('restores the damaged quotes and apostrophes of seed 001, in the body and in chrome', () => {
    const seed = importedSeed('001')
    const text = seed.body.map((unit) => unit.text).join('\n')
    expect(text).toContain('If you’ve ever been stuck halfway between sitting and standing')
    expect(text).toContain(
      '“Most spasms settle on their own within a week or two,” says Dr. Marisol Vega',
    )
    expect(text).toContain('is “a different conversation,” she adds.')
    expect(text).toContain('Try a child’s pose')
    expect(text).toContain('if you can’t take anti-inflammatories')
    expect(seed.chrome.map(({text: line}) => line)).toContain(
      'Don’t Miss: Ibuprofen Or Naproxen For A Sore Back',
    )
    expect(seed.encodingRepairs).toBe(12)
  })

  it('restores the dashes of 003 and the Windows-1252 sequences of 004', () => {
    expect(importedSeed('003').encodingRepairs).toBe(4)
    const seed = importedSeed('004')
    const text = seed.body.map((unit) => unit.text).join('\n')
    expect(seed.standfirst).toBe(
      'A lower back spasm is frightening the first time it happens, but it’s rarely dangerous. Most episodes are caused by strained muscles or ligaments and improve within 2–6 weeks, whatever treatment people choose.',
    )
    expect(text).toContain('most often — heat, medicines, exercise, acupuncture, massage')
    expect(text).toContain('about 40°C for several hours')
    expect(seed.encodingRepairs).toBe(5)
  })

  it('counts no repairs in 000, whose typography is already right', () => {
    const seed = importedSeed('000')
    expect(seed.encodingRepairs).toBe(0)
    expect(seed.body[0]?.text).toContain('when it’s time to get checked.')
  })

  it('leaves no mojibake in the dataset', () => {
    const ndjson = toNdjson(buildDemoDataset().documents)
    expect(ndjson).not.toMatch(/â|Ã|Â|\u009d|\\u009d/)
  })

  it('undoes complete UTF-8-as-Windows-1252 sequences exactly', () => {
    expect(repairMojibake('Itâ€™s â€œquotedâ€\u009d â€“ cafÃ© Â°F')).toEqual({
      text: 'It’s “quoted” – café °F',
      repairs: 6,
    })
  })

  it('undoes sequences read as Latin-1, control characters and all', () => {
    expect(repairMojibake('Donâ\u0080\u0099t').text).toBe('Don’t')
  })

  it('infers apostrophes, quotes and dashes whose continuation bytes were stripped', () => {
    expect(repairMojibake('whatâs ârestâ Cold therapy â Acute').text).toBe(
      'what’s “rest” Cold therapy – Acute',
    )
  })

  it('leaves correct text alone, including genuine accented letters', () => {
    for (const text of ['pâte and âge', 'bästa idéerna på', 'It’s “fine” – 101.0°F', 'plain']) {
      expect(repairMojibake(text)).toEqual({text, repairs: 0})
    }
  })
})
