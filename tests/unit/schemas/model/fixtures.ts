import type {SanityDocument} from 'sanity'

// One valid document of every type, shaped as the seed and the Studio write them.

const system = {
  _rev: 'fixture-rev',
  _createdAt: '2026-01-05T09:00:00Z',
  _updatedAt: '2026-01-05T09:00:00Z',
}
const ref = (id: string, key?: string) => ({
  _type: 'reference',
  _ref: id,
  ...(key ? {_key: key} : {}),
})

export const reviewer: SanityDocument = {
  ...system,
  _id: 'person-daniel-reyes',
  _type: 'person',
  name: 'Dr. Daniel Reyes',
  slug: {_type: 'slug', current: 'daniel-reyes'},
  credentials: ['MD'],
  jobTitle: 'Consultant physiatrist',
  specialty: 'Physical Medicine & Rehabilitation — spine specialist',
  licence: {
    number: 'A123456',
    jurisdiction: 'Medical Board of California',
    registryUrl: 'https://search.dca.ca.gov/',
  },
  credentialExpiry: '2099-12-31',
  isReviewer: true,
  sanityUserId: 'pDanielReyes',
  bio: 'Spine specialist with twenty years of practice.',
  sameAs: ['https://orcid.org/0000-0002-1825-0097'],
}

export const editor: SanityDocument = {
  ...system,
  _id: 'person-maya-okafor',
  _type: 'person',
  name: 'Maya Okafor',
  slug: {_type: 'slug', current: 'maya-okafor'},
  credentials: ['MPH'],
  jobTitle: 'Clinical editor',
  isReviewer: false,
  sanityUserId: 'pMayaOkafor',
}

export const citation: SanityDocument = {
  ...system,
  _id: 'citation-seed-004-1',
  _type: 'citation',
  title: 'Long-term effects of specific stabilizing exercises for first-episode low back pain',
  authors: ['Hides JA', 'Jull GA', 'Richardson CA'],
  journal: 'Spine (Phila Pa 1976)',
  year: 2001,
  volume: '26',
  issue: '11',
  pages: 'E243-E248',
  doi: '10.1097/00007632-200106010-00004',
  pmid: '11389408',
  pmcid: 'PMC3227453',
  url: 'https://pubmed.ncbi.nlm.nih.gov/11389408/',
  accessed: '2026-01-05',
  publicationType: 'journal-article',
  evidenceLevel: {_type: 'evidenceLevel', system: 'GRADE', grade: 'moderate'},
  verification: {status: 'verified', method: 'Checked against PubMed record 11389408'},
  retracted: false,
}

const paragraph = (key: string, text: string, markDefs: object[] = [], marks: string[] = []) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs,
  children: [{_type: 'span', _key: `${key.slice(0, 10)}s1`, text, marks}],
})

export const condition: SanityDocument = {
  ...system,
  _id: 'condition-lower-back-spasm',
  _type: 'condition',
  name: 'Lower back spasm',
  slug: {_type: 'slug', current: 'lower-back-spasm'},
  synonyms: ['back spasm', 'lumbar muscle spasm'],
  code: {_type: 'medicalCode', system: 'ICD-10-CM', code: 'M62.830', label: 'Muscle spasm of back'},
  audience: 'patient',
  summary: 'A sudden, involuntary tightening of the muscles in the lower back.',
  symptoms: ['Sudden sharp pain'],
  causes: ['Muscle strain'],
  riskFactors: ['Lifting with a bent back'],
  redFlags: ['Loss of bladder or bowel control'],
  body: [
    paragraph(
      '0a1b2c3d4e5f',
      'Most spasms settle within a few weeks.',
      [{_type: 'citation', _key: '1a2b3c4d5e6f', source: ref(citation._id)}],
      ['1a2b3c4d5e6f'],
    ),
  ],
  treatments: [ref('treatment-heat-therapy', '2a2b3c4d5e6f')],
  authors: [ref(editor._id, '3a2b3c4d5e6f')],
  citations: [ref(citation._id, '4a2b3c4d5e6f')],
}

export const treatment: SanityDocument = {
  ...system,
  _id: 'treatment-heat-therapy',
  _type: 'treatment',
  name: 'Heat therapy',
  slug: {_type: 'slug', current: 'heat-therapy'},
  kind: 'self-care',
  conditions: [ref(condition._id, '5a2b3c4d5e6f')],
  howItWorks: 'Warmth relaxes the muscle and eases pain.',
  benefits: ['Short-term pain relief'],
  risks: ['Burns if too hot'],
  sideEffects: ['Skin redness'],
  contraindications: ['Numb skin'],
  evidenceLevel: {_type: 'evidenceLevel', system: 'CEBM', grade: '1b', summary: 'One good RCT.'},
  body: [
    paragraph(
      '6a2b3c4d5e6f',
      'See the NHS page or call 111.',
      [
        {_type: 'link', _key: '7a2b3c4d5e6f', href: 'https://www.nhs.uk/conditions/back-pain/'},
        {_type: 'link', _key: '8a2b3c4d5e6f', href: 'tel:111'},
        {_type: 'link', _key: '9a2b3c4d5e6f', href: 'mailto:editors@example.org'},
      ],
      ['7a2b3c4d5e6f', '8a2b3c4d5e6f', '9a2b3c4d5e6f'],
    ),
  ],
  authors: [ref(editor._id, 'aa2b3c4d5e6f')],
  citations: [],
}

export const article: SanityDocument = {
  ...system,
  _id: 'article-seed-000',
  _type: 'article',
  title: 'Lower back spasms: causes and relief',
  slug: {_type: 'slug', current: 'lower-back-spasms-causes-and-relief'},
  standfirst: 'What a back spasm is, and what helps.',
  body: [paragraph('ba2b3c4d5e6f', 'A back spasm is a sudden tightening of muscle.')],
  about: [ref(condition._id, 'ca2b3c4d5e6f'), ref(treatment._id, 'da2b3c4d5e6f')],
  authors: [ref(editor._id, 'ea2b3c4d5e6f')],
  citations: [ref(citation._id, 'fa2b3c4d5e6f')],
  importedFrom: {file: '000.txt', sourceTitle: 'Lower Back Spasms'},
}

export const siteSettings: SanityDocument = {
  ...system,
  _id: 'siteSettings',
  _type: 'siteSettings',
  siteName: 'Vetted',
  disclaimer: 'This information does not replace advice from your doctor.',
  editorialPolicy: [paragraph('0b2b3c4d5e6f', 'Every clinical page is reviewed by a doctor.')],
  defaultReviewIntervalMonths: 12,
  reportErrorEmail: 'corrections@example.org',
}

export const approval: SanityDocument = {
  ...system,
  _id: 'review-3f1c2a9e-8b7d-4c6e-9f0a-1b2c3d4e5f60',
  _type: 'medicalReview',
  subject: {_type: 'reference', _ref: condition._id, _weak: true},
  subjectType: 'condition',
  kind: 'approved',
  fingerprint: 'a'.repeat(64),
  subjectRevision: 'draft-rev-1',
  actor: {
    personId: reviewer._id,
    sanityUserId: 'pDanielReyes',
    name: 'Dr. Daniel Reyes',
    credentials: ['MD'],
    specialty: 'Physical Medicine & Rehabilitation — spine specialist',
  },
  checklist: {
    claimsChecked: true,
    citationsVerified: true,
    dosagesChecked: true,
    noPromotionalContent: true,
  },
  notes: 'Accurate and well sourced.',
  conflictOfInterest: {declared: false},
  at: '2026-01-06T10:00:00Z',
  nextReviewDue: '2027-01-06',
  keyId: 'review-2026-01',
  signature: 'q83vEjRWeJASNFZ4kBI0VniQEjRWeJASNFZ4kBI0VniQEjRWeJASNFZ4kBI0VniQEjRWeJASNFZ4kBI0Vg',
}

/** Every fixture, all published: the dataset the documents are validated against. */
export const dataset: SanityDocument[] = [
  reviewer,
  editor,
  citation,
  condition,
  treatment,
  article,
  siteSettings,
  approval,
]
