import {lintBlocks, type LintRuleId} from '@vetted/schemas/lint'
import {describe, expect, it} from 'vitest'
import {block} from './blocks.ts'

function flagged(blocks: unknown[], ruleId: LintRuleId): string[] {
  return lintBlocks(blocks)
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => finding.text)
}

describe('claims/absolute', () => {
  it.each([
    ['This stretch will cure your back pain.', 'cure'],
    ['Relief is guaranteed within a week.', 'guaranteed'],
    ['A natural remedy with no side effects.', 'no side effects'],
    ['This supplement is 100% safe.', '100% safe'],
    ['It is completely safe for everyone.', 'completely safe'],
    ['A miracle treatment for spasms.', 'miracle'],
    ['Permanently eliminate back spasms with one trick.', 'Permanently eliminate'],
    ['Clinically proven to work.', 'Clinically proven'],
  ])('flags %j', (text, phrase) => {
    expect(flagged([block(text)], 'claims/absolute')).toEqual([phrase])
  })

  it.each([
    'There is no cure for degenerative disc disease, but symptoms can be managed.',
    'Surgery is not guaranteed to relieve pain.',
    'Stretching won’t cure a herniated disc.',
    'Muscle relaxants have serious side effects, including drowsiness.',
    'Procure a heating pad; keep the skin secure from burns.',
  ])('does not flag %j', (text) => {
    expect(flagged([block(text)], 'claims/absolute')).toEqual([])
  })
})

describe('claims/uncited', () => {
  it.each([
    'Heat therapy relieves muscle spasms.',
    'Acupuncture is an effective option for chronic back pain.',
    'NSAIDs reduce inflammation around the affected tissues.',
    'Regular exercise prevents recurrence.',
    'About 1 in 4 adults has back pain each year.',
    'Roughly 80% of people get back pain at some point.',
    'Only about one out of every one million people have this syndrome.',
    'Opioids are usually no more effective than NSAIDs.',
  ])('flags %j when no citation supports it', (text) => {
    expect(flagged([block(text)], 'claims/uncited')).toEqual([text])
  })

  it('is satisfied by any citation annotation in the paragraph', () => {
    const cited = block([
      'Heat therapy relieves muscle spasms',
      {text: '¹', cite: 'citation-seed-004-2'},
      '.',
    ])
    expect(flagged([cited], 'claims/uncited')).toEqual([])
  })

  it('is not satisfied by a citation annotation whose source was never picked', () => {
    const empty = block(['Heat therapy relieves muscle spasms', {text: '¹', cite: ''}, '.'])
    expect(flagged([empty], 'claims/uncited')).toEqual(['Heat therapy relieves muscle spasms¹.'])
  })

  it('reports a paragraph once, pointing at its first claim', () => {
    const findings = lintBlocks([
      block('Back spasms are common. Heat relieves them. Ice reduces swelling. Stay active.'),
    ]).filter((finding) => finding.ruleId === 'claims/uncited')
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({text: 'Heat relieves them.', start: 24, end: 43})
    expect(findings[0]?.message).toMatch(/1 more sentence/)
  })

  it.each([
    'A 2019 study followed adults with back pain for a year.',
    'Lower back spasms are involuntary contractions of the muscles of the lower back.',
    'Seek urgent care if you lose bladder or bowel control.',
    'Repeat this motion 10 times.',
    'Can heat relieve a spasm?',
    'See a doctor if the pain is not improving after a few weeks.',
    'It does not treat the back muscles themselves.',
    'Acetaminophen doesn’t treat inflammation.',
    '5 Ways To Relieve Muscle Spasms In Back',
  ])('does not flag %j', (text) => {
    expect(flagged([block(text)], 'claims/uncited')).toEqual([])
  })

  it('ignores headings', () => {
    expect(flagged([block('Heat relieves spasms', {style: 'h2'})], 'claims/uncited')).toEqual([])
  })
})

describe('dosage/uncited', () => {
  it.each([
    ['Take ibuprofen 400 mg with food.', ['400 mg']],
    ['Adults may take 2 tablets.', ['2 tablets']],
    ['Use it three times a day.', ['three times a day']],
    ['Repeat every 4-6 hours as needed.', ['every 4-6 hours']],
    ['Methocarbamol 1,500 mg four times daily.', ['1,500 mg', 'four times daily']],
    ['Give 5 ml once a day.', ['5 ml', 'once a day']],
  ])('flags %j', (text, doses) => {
    expect(flagged([block(text)], 'dosage/uncited')).toEqual(doses)
  })

  it('accepts a dosage in a paragraph that cites its source', () => {
    const cited = block([{text: 'Take ibuprofen 400 mg with food.', cite: 'citation-label'}])
    expect(flagged([cited], 'dosage/uncited')).toEqual([])
  })

  it.each([
    'A 2019 study of 300 adults.',
    'Hold the stretch for 30 seconds and repeat 10 times.',
    'Symptoms usually settle within 72 hours.',
    'Walk for 2 1/2 hours a week.',
  ])('does not flag %j', (text) => {
    expect(flagged([block(text)], 'dosage/uncited')).toEqual([])
  })
})
