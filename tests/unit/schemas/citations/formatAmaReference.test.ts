import {formatAmaReference, type CitationInput} from '@vetted/schemas/citations'
import {describe, expect, it} from 'vitest'

const article: CitationInput = {
  authors: ['Cherkin DC', 'Sherman KJ', 'Avins AL', 'Erro JH', 'Ichikawa L', 'Barlow WE'],
  title:
    'A randomized trial comparing acupuncture, simulated acupuncture, and usual care for chronic low back pain',
  journal: 'Arch Intern Med',
  year: 2009,
  volume: '169',
  issue: '9',
  pages: '858-866',
  doi: '10.1001/archinternmed.2009.65',
}

describe('formatAmaReference', () => {
  describe('journal articles', () => {
    it('lists all authors up to 6, then title, italic journal, year;vol(issue):pages and doi', () => {
      expect(formatAmaReference(article).text).toBe(
        'Cherkin DC, Sherman KJ, Avins AL, Erro JH, Ichikawa L, Barlow WE. A randomized trial comparing acupuncture, simulated acupuncture, and usual care for chronic low back pain. Arch Intern Med. 2009;169(9):858-866. doi:10.1001/archinternmed.2009.65',
      )
    })

    it('names the first 3 and "et al" when there are more than 6 authors', () => {
      const seven = {...article, authors: [...(article.authors ?? []), 'Deyo RA']}
      expect(formatAmaReference(seven).text).toMatch(
        /^Cherkin DC, Sherman KJ, Avins AL, et al\. A randomized trial/,
      )
    })

    it('keeps an "et al" the source already used, without counting it as an author', () => {
      const truncated = {...article, authors: ['Hides JA', "O'Sullivan K", 'Twomey LT', 'et al']}
      expect(formatAmaReference(truncated).text).toMatch(
        /^Hides JA, O'Sullivan K, Twomey LT, et al\. /,
      )
    })

    it('puts a group author after the named authors with a semicolon, also after "et al"', () => {
      const guideline = {
        ...article,
        authors: [
          'Qaseem A',
          'Wilt TJ',
          'McLean RM',
          'Forciea MA',
          'Clinical Guidelines Committee',
        ],
      }
      expect(formatAmaReference(guideline).text).toMatch(
        /^Qaseem A, Wilt TJ, McLean RM, Forciea MA; Clinical Guidelines Committee\. /,
      )
      const trial = {
        ...article,
        authors: [...(article.authors ?? []), 'Deyo RA', 'SPORT Investigators'],
      }
      expect(formatAmaReference(trial).text).toMatch(
        /^Cherkin DC, Sherman KJ, Avins AL, et al; SPORT Investigators\. /,
      )
    })

    it('writes a group that is the only author on its own', () => {
      const report = {...article, authors: ['World Health Organization']}
      expect(formatAmaReference(report).text).toMatch(/^World Health Organization\. /)
    })

    it('writes initials without full stops or spaces', () => {
      const dotted = {...article, authors: ['Hides J.A.', 'Jull G. A.']}
      expect(formatAmaReference(dotted).text).toMatch(/^Hides JA, Jull GA\. /)
    })

    it('leaves out the issue parentheses when there is no issue', () => {
      const noIssue = {...article, issue: null}
      expect(formatAmaReference(noIssue).text).toContain('Arch Intern Med. 2009;169:858-866. doi:')
    })

    it('prints an e-page (electronic locator) as given', () => {
      const ePage: CitationInput = {
        authors: ['Krebs EE', 'Gravely A', 'Nugent S'],
        title:
          'Effect of opioid vs nonopioid medications on pain-related function in patients with chronic back pain or hip or knee osteoarthritis pain: the SPACE randomized clinical trial',
        journal: 'JAMA Netw Open',
        year: 2020,
        volume: '3',
        issue: '5',
        pages: 'e204567',
        doi: '10.1001/jamanetworkopen.2020.4567',
      }
      expect(formatAmaReference(ePage).text).toContain(
        'JAMA Netw Open. 2020;3(5):e204567. doi:10.1001/jamanetworkopen.2020.4567',
      )
    })

    it('writes page ranges with a hyphen', () => {
      expect(formatAmaReference({...article, pages: '858–866'}).text).toContain(':858-866.')
    })

    it('prefers the DOI to the URL, and writes a DOI given as a link in bare form', () => {
      const both = {
        ...article,
        doi: 'https://doi.org/10.1001/archinternmed.2009.65',
        url: 'https://jamanetwork.com/journals/jamainternalmedicine/fullarticle/414876',
      }
      const {text} = formatAmaReference(both)
      expect(text.endsWith('doi:10.1001/archinternmed.2009.65')).toBe(true)
      expect(text).not.toContain('jamanetwork.com')
    })

    it('falls back to the URL with its access date, then to the PMID', () => {
      const withUrl = {...article, doi: null, url: 'https://example.org/a', accessed: '2024-03-05'}
      expect(formatAmaReference(withUrl).text).toMatch(
        /858-866\. Accessed March 5, 2024\. https:\/\/example\.org\/a$/,
      )
      const withPmid = {...article, doi: null, pmid: '19433697'}
      expect(formatAmaReference(withPmid).text).toMatch(/858-866\. PMID: 19433697$/)
    })

    it('does not add a full stop after a title that ends in a question mark', () => {
      const question = {...article, title: 'Does acupuncture work for back pain?'}
      expect(formatAmaReference(question).text).toContain('back pain? Arch Intern Med.')
    })

    it('accepts the nulls a GROQ projection returns for absent fields', () => {
      const sparse: CitationInput = {
        authors: null,
        title: 'Low back pain',
        journal: 'Lancet',
        year: 2018,
        volume: null,
        issue: null,
        pages: null,
        doi: null,
        pmid: null,
        url: null,
      }
      expect(formatAmaReference(sparse).text).toBe('Low back pain. Lancet. 2018.')
    })
  })

  describe('structured form for the site', () => {
    it('marks the journal italic and links the DOI to doi.org', () => {
      const {segments, text} = formatAmaReference(article)
      expect(segments).toContainEqual({kind: 'italic', text: 'Arch Intern Med'})
      expect(segments.at(-1)).toEqual({
        kind: 'link',
        text: '10.1001/archinternmed.2009.65',
        href: 'https://doi.org/10.1001/archinternmed.2009.65',
      })
      expect(segments.map((segment) => segment.text).join('')).toBe(text)
    })

    it('links a PMID to its PubMed page', () => {
      const {segments} = formatAmaReference({...article, doi: undefined, pmid: 19433697})
      expect(segments.at(-1)).toEqual({
        kind: 'link',
        text: '19433697',
        href: 'https://pubmed.ncbi.nlm.nih.gov/19433697/',
      })
    })
  })

  describe('websites and books', () => {
    it('formats a website as Title. Site. Published. Accessed. URL', () => {
      const site: CitationInput = {
        publicationType: 'website',
        title: 'Low back pain fact sheet',
        journal: 'National Institute of Neurological Disorders and Stroke',
        year: 2023,
        accessed: '2024-03-05',
        url: 'https://www.ninds.nih.gov/health-information/disorders/back-pain',
      }
      const {text, segments} = formatAmaReference(site)
      expect(text).toBe(
        'Low back pain fact sheet. National Institute of Neurological Disorders and Stroke. Published 2023. Accessed March 5, 2024. https://www.ninds.nih.gov/health-information/disorders/back-pain',
      )
      expect(segments.at(-1)).toMatchObject({kind: 'link', href: site.url})
    })

    it('italicises a book title and gives publisher; year', () => {
      const book: CitationInput = {
        publicationType: 'book',
        authors: ['Iverson C', 'Christiansen S', 'Flanagin A'],
        title: 'AMA Manual of Style: A Guide for Authors and Editors',
        journal: 'Oxford University Press',
        year: 2020,
      }
      const {text, segments} = formatAmaReference(book)
      expect(text).toBe(
        'Iverson C, Christiansen S, Flanagin A. AMA Manual of Style: A Guide for Authors and Editors. Oxford University Press; 2020.',
      )
      expect(segments).toContainEqual({
        kind: 'italic',
        text: 'AMA Manual of Style: A Guide for Authors and Editors',
      })
    })
  })
})
