import {describe, expect, it} from 'vitest'
import {buildSeedDataset, SeedConsistencyError} from '@vetted/scripts/seed'
import {
  buildDemoDataset,
  documentById,
  fixtureSeedsDir,
  readDemoUsers,
  refusedSeedsDir,
  seedDerived,
  seedFile,
} from './seedFixtures.ts'

const {documents} = buildDemoDataset()
const withoutSystemFields = ({_rev, _createdAt, _updatedAt, ...rest}: Record<string, unknown>) =>
  rest

const unverifiedDraft = {
  _type: 'citation',
  publicationType: 'journal-article',
  verification: {status: 'unverified'},
  retracted: false,
}

describe('citations from the reference list of seed 004', () => {
  // Parsing is not verification. [2] and [3] name real trials with the wrong details (see
  // scripts/seeds/README.md): [2] is Arch Intern Med 2009;169(9):858-866, [3] is in the Lancet.
  // The import must carry the fields exactly as the seed gives them, for a fact-checker to catch.
  it('become four unverified journal-article drafts with every AMA field as the seed gives it', () => {
    const citations = [1, 2, 3, 4].map((n) =>
      withoutSystemFields(documentById(documents, `drafts.citation-seed-004-${n}`)),
    )
    expect(citations).toEqual([
      {
        _id: 'drafts.citation-seed-004-1',
        ...unverifiedDraft,
        authors: ['Qaseem A', 'Wilt TJ', 'McLean RM', 'Forciea MA'],
        title:
          'Noninvasive treatments for acute, subacute, and chronic low back pain: a clinical practice guideline from the American College of Physicians',
        journal: 'Ann Intern Med',
        year: 2017,
        volume: '166',
        issue: '7',
        pages: '514-530',
      },
      {
        _id: 'drafts.citation-seed-004-2',
        ...unverifiedDraft,
        authors: ['Cherkin DC', 'Sherman KJ', 'Avins AL', 'et al'],
        title:
          'A randomized trial comparing acupuncture, simulated acupuncture, and usual care for chronic low back pain',
        journal: 'Arch Intern Med',
        year: 2009,
        volume: '169',
        issue: '16',
        pages: '1444-1451',
      },
      {
        _id: 'drafts.citation-seed-004-3',
        ...unverifiedDraft,
        authors: ['Williams CM', 'Maher CG', 'Latimer J', 'et al'],
        title:
          'Efficacy of paracetamol for acute low-back pain: a double-blind, randomised controlled trial',
        journal: 'N Engl J Med',
        year: 2014,
        volume: '384',
        issue: '9954',
        pages: '1586-1596',
      },
      {
        _id: 'drafts.citation-seed-004-4',
        ...unverifiedDraft,
        authors: ['Friedman BW', 'Dym AA', 'Davitt M', 'et al'],
        title:
          'Naproxen with cyclobenzaprine, oxycodone/acetaminophen, or placebo for treating acute low back pain: a randomized clinical trial',
        journal: 'JAMA',
        year: 2015,
        volume: '314',
        issue: '15',
        pages: '1572-1580',
      },
    ])
  })

  it('are the only seed citations, and none is verified by the import', () => {
    const citations = seedDerived(documents).filter(({_type}) => _type === 'citation')
    expect(citations.map(({_id}) => _id)).toEqual(
      [1, 2, 3, 4].map((n) => `drafts.citation-seed-004-${n}`),
    )
    for (const citation of citations) expect(citation.verification).toEqual({status: 'unverified'})
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
      body.some((block) =>
        block.children.some((span) => /Qaseem A|Cherkin DC|\[1\]/.test(span.text)),
      ),
    ).toBe(false)
  })

  it('are referenced weakly until they are verified and published', () => {
    const article = documentById(documents, 'drafts.article-seed-004')
    expect(article.citations).toHaveLength(4)
    for (const reference of article.citations as unknown[]) {
      expect(reference).toMatchObject({_weak: true, _strengthenOnPublish: {type: 'citation'}})
    }
  })

  it('leave the articles without a reference list without a citations field', () => {
    for (const number of ['000', '001', '002', '003']) {
      expect(documentById(documents, `drafts.article-seed-${number}`)).not.toHaveProperty(
        'citations',
      )
    }
  })
})

describe('citations from other seed folders', () => {
  const demoUsers = readDemoUsers()

  it('number each seed’s references after the seed: citation-seed-NNN-K', () => {
    const dataset = buildSeedDataset({seeds: [seedFile(fixtureSeedsDir, '115')], demoUsers})
    const citations = seedDerived(dataset.documents).filter(({_type}) => _type === 'citation')
    expect(citations.map(withoutSystemFields)).toEqual([
      expect.objectContaining({
        _id: 'drafts.citation-seed-115-1',
        authors: ['Qaseem A', 'Wilt TJ', 'McLean RM', 'Forciea MA'],
        pages: '514-530',
      }),
      {
        _id: 'drafts.citation-seed-115-2',
        ...unverifiedDraft,
        authors: ['Chou R', 'Deyo R', 'Friedly J', 'et al'],
        title:
          'Nonpharmacologic therapies for low back pain: a systematic review for an American College of Physicians clinical practice guideline',
        journal: 'Ann Intern Med',
        year: 2017,
        volume: '166',
        issue: '7',
        pages: '493-505',
      },
    ])
  })

  it('refuse a reference that lacks a field rather than guess it', () => {
    const seeds = [seedFile(refusedSeedsDir, '124')]
    expect(() => buildSeedDataset({seeds, demoUsers})).toThrow(SeedConsistencyError)
    expect(() => buildSeedDataset({seeds, demoUsers})).toThrow(
      /^124_incomplete-reference\.txt: reference 1 \("Deyo RA, .*"\) lacks issue\. Fix the reference list/,
    )
  })

  it('refuse a reference list entry that is not a reference at all', () => {
    const seeds = [seedFile(refusedSeedsDir, '125')]
    expect(() => buildSeedDataset({seeds, demoUsers})).toThrow(
      /^125_unreadable-reference\.txt: reference 1 does not parse: Could not read “See the clinic website/,
    )
  })
})
