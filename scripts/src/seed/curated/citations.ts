import type {PublicationType} from '@vetted/schemas/citations'
import type {SeedDocument} from '../document.ts'
import {draftId} from '../ids.ts'

/**
 * A real publication the curated pages cite. Every field here was read off a stored copy of
 * the source (the publisher's page, PubMed or PubMed Central, a Cochrane record); a field
 * that could not be read there is left out rather than filled from memory, which is why some
 * carry no PMID. `checkedAgainst` is what demo publishing records as the verification method.
 */
export interface CuratedCitation {
  key: string
  authors: string[]
  title: string
  journal: string
  year: number
  volume?: string
  issue?: string
  pages: string
  doi: string
  pmid?: string
  pmcid?: string
  publicationType: PublicationType
  checkedAgainst: string
  /** What a reader of the verification should know (version, status, discrepancies). */
  notes?: string
}

export const curatedCitations = [
  {
    key: 'qaseem-2017-acp-guideline',
    authors: [
      'Qaseem A',
      'Wilt TJ',
      'McLean RM',
      'Forciea MA',
      'Clinical Guidelines Committee of the American College of Physicians',
    ],
    title:
      'Noninvasive treatments for acute, subacute, and chronic low back pain: a clinical practice guideline from the American College of Physicians',
    journal: 'Ann Intern Med',
    year: 2017,
    volume: '166',
    issue: '7',
    pages: '514-530',
    doi: '10.7326/M16-2367',
    publicationType: 'guideline',
    checkedAgainst:
      "Authors, title, volume, issue, pages and DOI checked against the journal's article page and the National Guideline Clearinghouse summary",
    notes:
      'No PMID recorded: no PubMed record was at hand to check one against. ACP treats its guidelines as withdrawn 5 years after publication unless reaffirmed; check for an update before relying on it for new content.',
  },
  {
    key: 'chou-2017-pharmacologic-review',
    authors: [
      'Chou R',
      'Deyo R',
      'Friedly J',
      'Skelly A',
      'Weimer M',
      'Fu R',
      'Dana T',
      'Kraegel P',
      'Griffin J',
      'Grusing S',
    ],
    title:
      'Systemic pharmacologic therapies for low back pain: a systematic review for an American College of Physicians clinical practice guideline',
    journal: 'Ann Intern Med',
    year: 2017,
    volume: '166',
    issue: '7',
    pages: '480-492',
    doi: '10.7326/M16-2458',
    pmid: '28192790',
    publicationType: 'review',
    checkedAgainst:
      "Every field checked against the journal's PDF and the PubMed citation as quoted by McMaster Optimal Aging",
  },
  {
    key: 'french-2006-heat-cold',
    authors: ['French SD', 'Cameron M', 'Walker BF', 'Reggars JW', 'Esterman AJ'],
    title: 'Superficial heat or cold for low back pain',
    journal: 'Cochrane Database Syst Rev',
    year: 2006,
    issue: '1',
    pages: 'CD004750',
    doi: '10.1002/14651858.CD004750.pub2',
    publicationType: 'review',
    checkedAgainst:
      'Authors, title, year, issue, article number and DOI checked against the Cochrane Library record and its reprint',
    notes:
      'No PMID recorded: none could be checked. Reprints say "2007, Issue 1"; the review was first published in 2006, Issue 1.',
  },
  {
    key: 'van-der-gaag-2020-nsaids',
    authors: ['van der Gaag WH', 'Roelofs PDDM', 'Enthoven WTM', 'van Tulder MW', 'Koes BW'],
    title: 'Non-steroidal anti-inflammatory drugs for acute low back pain',
    journal: 'Cochrane Database Syst Rev',
    year: 2020,
    issue: '4',
    pages: 'CD013581',
    doi: '10.1002/14651858.CD013581',
    publicationType: 'review',
    checkedAgainst:
      'Authors, title, year, issue, article number and DOI checked against the Cochrane review PDF and the Cochrane Library record',
    notes: 'No PMID recorded: it could be read only from a secondary feed, not from PubMed.',
  },
  {
    key: 'cashin-2021-muscle-relaxants',
    authors: [
      'Cashin AG',
      'Folly T',
      'Bagg MK',
      'Wewege MA',
      'Jones MD',
      'Ferraro MC',
      'Leake HB',
      'Rizzo RRN',
      'Schabrun SM',
      'Gustin SM',
      'Day R',
      'Williams CM',
      'McAuley JH',
    ],
    title:
      'Efficacy, acceptability, and safety of muscle relaxants for adults with non-specific low back pain: systematic review and meta-analysis',
    journal: 'BMJ',
    year: 2021,
    volume: '374',
    pages: 'n1446',
    doi: '10.1136/bmj.n1446',
    pmcid: 'PMC8262447',
    publicationType: 'review',
    checkedAgainst:
      "Authors, title, volume, article number and DOI checked against the BMJ's article page; PMCID against PubMed Central",
    notes: 'No PMID recorded: none could be checked.',
  },
  {
    key: 'hayden-2021-exercise',
    authors: ['Hayden JA', 'Ellis J', 'Ogilvie R', 'Malmivaara A', 'van Tulder MW'],
    title: 'Exercise therapy for chronic low back pain',
    journal: 'Cochrane Database Syst Rev',
    year: 2021,
    issue: '9',
    pages: 'CD009790',
    doi: '10.1002/14651858.CD009790.pub2',
    publicationType: 'review',
    checkedAgainst:
      'Authors, title, year, issue, article number and DOI checked against the Cochrane Library record and a journal commentary citing it',
    notes:
      'No PMID recorded: none could be checked. Crossref metadata gives Issue 10; the Cochrane citation gives Issue 9, used here.',
  },
  {
    key: 'paige-2017-spinal-manipulation',
    authors: [
      'Paige NM',
      'Miake-Lye IM',
      'Booth MS',
      'Beroes JM',
      'Mardian AS',
      'Dougherty P',
      'Branson R',
      'Tang B',
      'Morton SC',
      'Shekelle PG',
    ],
    title:
      'Association of spinal manipulative therapy with clinical benefit and harm for acute low back pain: systematic review and meta-analysis',
    journal: 'JAMA',
    year: 2017,
    volume: '317',
    issue: '14',
    pages: '1451-1460',
    doi: '10.1001/jama.2017.3086',
    pmid: '28399251',
    pmcid: 'PMC5470352',
    publicationType: 'review',
    checkedAgainst: 'Every field checked against the PubMed Central record and the journal PDF',
  },
  {
    key: 'cherkin-2009-acupuncture',
    authors: [
      'Cherkin DC',
      'Sherman KJ',
      'Avins AL',
      'Erro JH',
      'Ichikawa L',
      'Barlow WE',
      'Delaney K',
      'Hawkes R',
      'Hamilton L',
      'Pressman A',
      'Khalsa PS',
      'Deyo RA',
    ],
    title:
      'A randomized trial comparing acupuncture, simulated acupuncture, and usual care for chronic low back pain',
    journal: 'Arch Intern Med',
    year: 2009,
    volume: '169',
    issue: '9',
    pages: '858-866',
    doi: '10.1001/archinternmed.2009.65',
    pmid: '19433697',
    pmcid: 'PMC2832641',
    publicationType: 'journal-article',
    checkedAgainst: 'Every field checked against the PubMed record and the journal PDF',
  },
  {
    key: 'furlan-2015-massage',
    authors: ['Furlan AD', 'Giraldo M', 'Baskwill A', 'Irvin E', 'Imamura M'],
    title: 'Massage for low-back pain',
    journal: 'Cochrane Database Syst Rev',
    year: 2015,
    issue: '9',
    pages: 'CD001929',
    doi: '10.1002/14651858.CD001929.pub3',
    pmid: '26329399',
    publicationType: 'review',
    checkedAgainst: 'Every field checked against the Cochrane review PDF and the PubMed record',
    notes: 'This 2015 version (pub3) supersedes the 2008 review.',
  },
  {
    key: 'weinstein-2006-sport-disc-herniation',
    authors: [
      'Weinstein JN',
      'Tosteson TD',
      'Lurie JD',
      'Tosteson ANA',
      'Hanscom B',
      'Skinner JS',
      'Abdu WA',
      'Hilibrand AS',
      'Boden SD',
      'Deyo RA',
    ],
    title:
      'Surgical vs nonoperative treatment for lumbar disk herniation: the Spine Patient Outcomes Research Trial (SPORT): a randomized trial',
    journal: 'JAMA',
    year: 2006,
    volume: '296',
    issue: '20',
    pages: '2441-2450',
    doi: '10.1001/jama.296.20.2441',
    pmid: '17119140',
    pmcid: 'PMC2553805',
    publicationType: 'journal-article',
    checkedAgainst: 'Every field checked against the PubMed Central record and the journal PDF',
    notes:
      'The randomized trial, not the observational cohort in the same issue (pages 2451-2459).',
  },
  {
    key: 'peul-2007-sciatica-surgery',
    authors: [
      'Peul WC',
      'van Houwelingen HC',
      'van den Hout WB',
      'Brand R',
      'Eekhof JAH',
      'Tans JTJ',
      'Thomeer RTWM',
      'Koes BW',
      'Leiden-The Hague Spine Intervention Prognostic Study Group',
    ],
    title: 'Surgery versus prolonged conservative treatment for sciatica',
    journal: 'N Engl J Med',
    year: 2007,
    volume: '356',
    issue: '22',
    pages: '2245-2256',
    doi: '10.1056/NEJMoa064039',
    publicationType: 'journal-article',
    checkedAgainst:
      "Authors, title, volume, issue and pages checked against the journal's PDF; DOI against the Erasmus University repository record",
    notes: 'No PMID recorded: none could be checked. Author order follows the journal PDF.',
  },
  {
    key: 'weinstein-2008-spinal-stenosis',
    authors: [
      'Weinstein JN',
      'Tosteson TD',
      'Lurie JD',
      'Tosteson ANA',
      'Blood E',
      'Hanscom B',
      'Herkowitz H',
      'Cammisa F',
      'Albert T',
      'Boden SD',
      'Hilibrand A',
      'Goldberg H',
      'Berven S',
      'An H',
      'SPORT Investigators',
    ],
    title: 'Surgical versus nonsurgical therapy for lumbar spinal stenosis',
    journal: 'N Engl J Med',
    year: 2008,
    volume: '358',
    issue: '8',
    pages: '794-810',
    doi: '10.1056/NEJMoa0707136',
    pmid: '18287602',
    pmcid: 'PMC2576513',
    publicationType: 'journal-article',
    checkedAgainst: 'Every field checked against the PubMed Central record',
  },
  {
    key: 'dahm-2010-bed-rest',
    authors: ['Dahm KT', 'Brurberg KG', 'Jamtvedt G', 'Hagen KB'],
    title:
      'Advice to rest in bed versus advice to stay active for acute low-back pain and sciatica',
    journal: 'Cochrane Database Syst Rev',
    year: 2010,
    issue: '6',
    pages: 'CD007612',
    doi: '10.1002/14651858.CD007612.pub2',
    pmid: '20556780',
    pmcid: 'PMC12161166',
    publicationType: 'review',
    checkedAgainst: 'Every field checked against the PubMed record and the Cochrane Library record',
    notes: 'Replaces two older Cochrane reviews on bed rest and on advice to stay active.',
  },
] as const satisfies readonly CuratedCitation[]

export type CuratedCitationKey = (typeof curatedCitations)[number]['key']

export const curatedCitationId = (key: CuratedCitationKey) => `citation-${key}`

/** What the citation document holds of a publication: its reference fields. */
export function publicationFields(citation: CuratedCitation) {
  const {key: _key, checkedAgainst: _checked, notes: _notes, ...fields} = citation
  return {...fields, authors: [...fields.authors]}
}

/** The curated citations as drafts, unverified: demo publishing verifies them (four eyes). */
export function buildCuratedCitations(): SeedDocument[] {
  return curatedCitations.map((citation: CuratedCitation) => ({
    _id: draftId(curatedCitationId(citation.key as CuratedCitationKey)),
    _type: 'citation',
    ...publicationFields(citation),
    verification: {status: 'unverified'},
    retracted: false,
  }))
}
