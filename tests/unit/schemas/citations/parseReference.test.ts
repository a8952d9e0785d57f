import {
  formatAmaReference,
  parseReference,
  ReferenceParseError,
  splitReferenceList,
  type ParsedReference,
} from '@vetted/schemas/citations'
import {describe, expect, it} from 'vitest'
import {readSeed} from '../lint/seedBlocks.ts'

function parsed(text: string): ParsedReference {
  const result = parseReference(text)
  if (!result.ok) throw new Error(`expected a parse, got: ${result.error.message}`)
  return result
}

describe('parseReference', () => {
  describe("demo seed 004's reference list", () => {
    const line = readSeed(4)
      .split('\n')
      .find((entry) => entry.startsWith('[1] Qaseem A'))
    const references = splitReferenceList(line ?? '')

    it('splits into the four numbered references', () => {
      expect(line).toBeDefined()
      expect(references).toHaveLength(4)
      expect(references.map((reference) => reference.split(',')[0])).toEqual([
        'Qaseem A',
        'Cherkin DC',
        'Williams CM',
        'Friedman BW',
      ])
    })

    it('reads every field of [1], a correct reference', () => {
      expect(parsed(references[0] ?? '')).toEqual({
        ok: true,
        citation: {
          authors: ['Qaseem A', 'Wilt TJ', 'McLean RM', 'Forciea MA'],
          title:
            'Noninvasive treatments for acute, subacute, and chronic low back pain: a clinical practice guideline from the American College of Physicians',
          journal: 'Ann Intern Med',
          year: 2017,
          volume: '166',
          issue: '7',
          pages: '514-530',
          publicationType: 'journal-article',
        },
        missing: [],
        unrecognised: [],
      })
    })

    // [2] and [3] are deliberately wrong (scripts/seeds/README.md): [2] gives the acupuncture
    // trial the issue and pages 169(16):1444-1451 instead of 169(9):858-866, [3] puts the
    // paracetamol trial in N Engl J Med instead of the Lancet. Parsing is not verification: the
    // fields must still be read as written, so a fact-checker can look them up and correct them.
    it('reads every field of [2], [3] and [4] as written, mistakes included', () => {
      const all = references.slice(1).map((reference) => parsed(reference))
      expect(all.map(({missing, unrecognised}) => [missing, unrecognised])).toEqual([
        [[], []],
        [[], []],
        [[], []],
      ])
      expect(all.map(({citation}) => citation)).toEqual([
        {
          authors: ['Cherkin DC', 'Sherman KJ', 'Avins AL', 'et al'],
          title:
            'A randomized trial comparing acupuncture, simulated acupuncture, and usual care for chronic low back pain',
          journal: 'Arch Intern Med',
          year: 2009,
          volume: '169',
          issue: '16',
          pages: '1444-1451',
          publicationType: 'journal-article',
        },
        {
          authors: ['Williams CM', 'Maher CG', 'Latimer J', 'et al'],
          title:
            'Efficacy of paracetamol for acute low-back pain: a double-blind, randomised controlled trial',
          journal: 'N Engl J Med',
          year: 2014,
          volume: '384',
          issue: '9954',
          pages: '1586-1596',
          publicationType: 'journal-article',
        },
        {
          authors: ['Friedman BW', 'Dym AA', 'Davitt M', 'et al'],
          title:
            'Naproxen with cyclobenzaprine, oxycodone/acetaminophen, or placebo for treating acute low back pain: a randomized clinical trial',
          journal: 'JAMA',
          year: 2015,
          volume: '314',
          issue: '15',
          pages: '1572-1580',
          publicationType: 'journal-article',
        },
      ])
    })

    it('formats each back into the reference it came from', () => {
      expect(references).toHaveLength(4)
      for (const reference of references) {
        expect(formatAmaReference(parsed(reference).citation).text).toBe(reference)
      }
    })
  })

  describe('AMA references', () => {
    it('reads a DOI given as "doi:" and keeps its case', () => {
      const result = parsed(
        'Qaseem A, Wilt TJ, McLean RM, Forciea MA. Noninvasive treatments for acute, subacute, and chronic low back pain: a clinical practice guideline from the American College of Physicians. Ann Intern Med. 2017;166(7):514-530. doi:10.7326/M16-2367',
      )
      expect(result.citation).toMatchObject({
        authors: ['Qaseem A', 'Wilt TJ', 'McLean RM', 'Forciea MA'],
        journal: 'Ann Intern Med',
        pages: '514-530',
        doi: '10.7326/M16-2367',
      })
    })

    it('reads a group author after the named ones', () => {
      const result = parsed(
        'Qaseem A, Wilt TJ, McLean RM, Forciea MA; Clinical Guidelines Committee of the American College of Physicians. Noninvasive treatments for low back pain. Ann Intern Med. 2017;166(7):514-530.',
      )
      expect(result.citation.authors).toEqual([
        'Qaseem A',
        'Wilt TJ',
        'McLean RM',
        'Forciea MA',
        'Clinical Guidelines Committee of the American College of Physicians',
      ])
      expect(result.citation.title).toBe('Noninvasive treatments for low back pain')
    })

    it('reads a reference without an issue and says the issue is missing', () => {
      const result = parsed(
        'Deyo RA, Mirza SK, Martin BI. Back pain prevalence and visit rates: estimates from U.S. national surveys, 2002. Spine. 2006;31:2724-2727.',
      )
      expect(result.citation).toMatchObject({year: 2006, volume: '31', pages: '2724-2727'})
      expect(result.citation.issue).toBeUndefined()
      expect(result.missing).toEqual(['issue'])
    })

    it('reads an e-page and a doi.org link', () => {
      const result = parsed(
        'Krebs EE, Gravely A, Nugent S. Effect of opioid vs nonopioid medications on pain-related function: the SPACE randomized clinical trial. JAMA Netw Open. 2020;3(5):e204567. https://doi.org/10.1001/jamanetworkopen.2020.4567',
      )
      expect(result.citation).toMatchObject({
        pages: 'e204567',
        doi: '10.1001/jamanetworkopen.2020.4567',
      })
      expect(result.citation.url).toBeUndefined()
    })

    it('reads a website reference', () => {
      const result = parsed(
        'Low back pain fact sheet. National Institute of Neurological Disorders and Stroke. Published March 1, 2023. Accessed March 5, 2024. https://www.ninds.nih.gov/health-information/disorders/back-pain',
      )
      expect(result).toEqual({
        ok: true,
        citation: {
          authors: [],
          title: 'Low back pain fact sheet',
          journal: 'National Institute of Neurological Disorders and Stroke',
          year: 2023,
          url: 'https://www.ninds.nih.gov/health-information/disorders/back-pain',
          accessed: '2024-03-05',
          publicationType: 'website',
        },
        missing: [],
        unrecognised: [],
      })
    })
  })

  describe('Vancouver (PubMed) references', () => {
    it('reads month and day, expands abbreviated pages, and takes DOI, PMID and PMCID', () => {
      const result = parsed(
        'Hides JA, Jull GA, Richardson CA. Long-term effects of specific stabilizing exercises for first-episode low back pain. Spine (Phila Pa 1976). 2001 Jun 1;26(11):E243-8. doi: 10.1097/00007632-200106010-00004. PMID: 11389408; PMCID: PMC1234567.',
      )
      expect(result.citation).toEqual({
        authors: ['Hides JA', 'Jull GA', 'Richardson CA'],
        title:
          'Long-term effects of specific stabilizing exercises for first-episode low back pain',
        journal: 'Spine (Phila Pa 1976)',
        year: 2001,
        volume: '26',
        issue: '11',
        pages: 'E243-E248',
        doi: '10.1097/00007632-200106010-00004',
        pmid: '11389408',
        pmcid: 'PMC1234567',
        publicationType: 'journal-article',
      })
    })

    it('expands "1444-51" to the full range AMA uses', () => {
      const result = parsed(
        'Cherkin DC, Sherman KJ, Avins AL, Erro JH, Ichikawa L, Barlow WE, Delaney K, Hawkes R, Hamilton L, Pressman A, Khalsa PS, Deyo RA. A randomized trial comparing acupuncture, simulated acupuncture, and usual care for chronic low back pain. Arch Intern Med. 2009 May 11;169(9):858-66.',
      )
      expect(result.citation.pages).toBe('858-866')
      expect(result.citation.authors).toHaveLength(12)
      expect(formatAmaReference(result.citation).text).toMatch(
        /^Cherkin DC, Sherman KJ, Avins AL, et al\. A randomized trial/,
      )
    })

    it('lists trailing text it could not place instead of dropping it silently', () => {
      const result = parsed(
        'van Tulder MW, Koes BW, Bouter LM. Conservative treatment of acute and chronic nonspecific low back pain. Spine. 1997;22(18):2128-2156. Review.',
      )
      expect(result.citation.journal).toBe('Spine')
      expect(result.unrecognised).toEqual(['Review.'])
    })

    it('numbering in front of a single reference is dropped', () => {
      expect(
        parsed('[2] Cherkin DC. A trial. Arch Intern Med. 2009;169:1.').citation.authors,
      ).toEqual(['Cherkin DC'])
    })
  })

  describe('identifiers alone', () => {
    it('accepts a bare DOI or PMID and lists everything else as missing, for a lookup', () => {
      const doi = parsed('10.1001/archinternmed.2009.65')
      expect(doi.citation).toEqual({authors: [], doi: '10.1001/archinternmed.2009.65'})
      expect(doi.missing).toContain('title')
      expect(parsed('PMID: 19433697').citation).toEqual({authors: [], pmid: '19433697'})
    })
  })

  describe('junk', () => {
    it.each([
      ['not text', 42, 'not-text'],
      ['nothing', '   ', 'empty'],
      ['prose', 'Lower back spasms are common and usually settle within weeks.', 'unrecognised'],
      [
        'a list',
        '[1] Hides JA. A. Spine. 1996;21:1. [2] Cherkin DC. B. JAMA. 2009;1:2.',
        'several-references',
      ],
    ])('returns a typed failure for %s, never throws', (_, input, reason) => {
      const result = parseReference(input)
      expect(result.ok).toBe(false)
      if (result.ok) return
      expect(result.error).toBeInstanceOf(ReferenceParseError)
      expect(result.error.reason).toBe(reason)
      expect(result.error.message.length).toBeGreaterThan(20)
    })

    it('tells the editor what to paste instead', () => {
      const result = parseReference('see the article on the website')
      expect(result.ok).toBe(false)
      if (result.ok) return
      expect(result.error.message).toContain('“see the article on the website”')
      expect(result.error.message).toMatch(/Paste one AMA or Vancouver reference/)
    })

    it('survives odd input', () => {
      const odd = [
        null,
        undefined,
        {},
        [],
        Object.create(null),
        Symbol('x'),
        '.;:()',
        '1996;',
        'doi:',
        '[1]',
        '×'.repeat(10_000),
      ]
      for (const input of odd) expect(() => parseReference(input)).not.toThrow()
    })
  })
})
