import {describe, expect, it} from 'vitest'
import {buildDemoDataset, documentById} from './seedFixtures.ts'

const {documents} = buildDemoDataset()

describe('citations from the reference list of seed 004', () => {
  it('become four unverified journal-article drafts with every AMA field parsed', () => {
    const citations = [1, 2, 3, 4].map((n) =>
      documentById(documents, `drafts.citation-seed-004-${n}`),
    )
    expect(citations.map(({_rev, _createdAt, _updatedAt, ...rest}) => rest)).toEqual([
      {
        _id: 'drafts.citation-seed-004-1',
        _type: 'citation',
        authors: ['Hides JA', "O'Sullivan K", 'Twomey LT', 'et al'],
        title:
          'A randomized controlled trial of the MedX Lumbar Extension Exercise in the treatment of chronic low back pain',
        journal: 'Spine',
        year: 1996,
        volume: '21',
        issue: '17',
        pages: '2048-2055',
        publicationType: 'journal-article',
        verification: {status: 'unverified'},
        retracted: false,
      },
      expect.objectContaining({
        authors: ['Cherkin DC', 'Deyo RA', 'Barlow WE', 'et al'],
        title:
          'A comparison of acupuncture, simulated acupuncture, and usual care for chronic low back pain',
        journal: 'Arch Intern Med',
        year: 2009,
        volume: '169',
        issue: '16',
        pages: '1444-1451',
      }),
      expect.objectContaining({
        authors: ['Giles LGF', 'Muller R', 'Waddell G', 'et al'],
        journal: 'Br J Sports Med',
        year: 2003,
        volume: '37',
        issue: '1',
        pages: '1-13',
      }),
      expect.objectContaining({
        authors: ['van Tulder MW', 'Cherkin DC', 'Berman BM', 'et al'],
        title:
          "The Cochrane Collaboration's systematic review of spinal manipulative therapy for low-back pain",
        journal: 'Spine',
        year: 2000,
        volume: '25',
        issue: '14',
        pages: '1755-1783',
      }),
    ])
  })

  it('are listed on the article, not cited in its text (citing is the fact-checker’s job)', () => {
    const article = documentById(documents, 'drafts.article-seed-004')
    expect((article.citations as Array<{_ref: string}>).map(({_ref}) => _ref)).toEqual([
      'citation-seed-004-1',
      'citation-seed-004-2',
      'citation-seed-004-3',
      'citation-seed-004-4',
    ])
    const body = article.body as Array<{markDefs: unknown[]; children: Array<{text: string}>}>
    expect(body.every((block) => block.markDefs.length === 0)).toBe(true)
    expect(
      body.some((block) => block.children.some((span) => span.text.includes('Hides JA'))),
    ).toBe(false)
  })

  it('are referenced weakly until they are verified and published', () => {
    const article = documentById(documents, 'drafts.article-seed-004')
    expect(article.citations).toContainEqual(
      expect.objectContaining({_weak: true, _strengthenOnPublish: {type: 'citation'}}),
    )
  })
})
