import {describe, expect, it} from 'vitest'
import {repairMojibake, toNdjson} from '@vetted/scripts/seed'
import {buildDemoDataset, importedSeed} from './seedFixtures.ts'

describe('repairMojibake', () => {
  it('restores the damaged quotes and apostrophe of seed 001 from context', () => {
    const seed = importedSeed('001')
    const text = seed.body.map((unit) => unit.text).join('\n')
    expect(text).toContain('“Acute back pain with a muscle spasm should not last more than eight')
    expect(text).toContain('loss of bowel or bladder control,” Dr. Cornett says.')
    expect(seed.chrome.map(({text: line}) => line)).toContain(
      'Don’t Miss: Tylenol Or Aleve For Back Pain',
    )
    expect(seed.encodingRepairs).toBe(3)
  })

  it('leaves no "â" in the dataset', () => {
    expect(toNdjson(buildDemoDataset().documents)).not.toContain('â')
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
