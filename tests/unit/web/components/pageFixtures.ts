import type {
  Citation,
  ConditionPage,
  ReviewCredit,
  RichTextNode,
} from '../../../../web/src/sanity/types.ts'

export const hides: Citation = {
  id: 'citation-hides',
  title: 'Long-term effects of specific stabilizing exercises for first-episode low back pain',
  authors: ['Hides JA', 'Jull GA', 'Richardson CA'],
  journal: 'Spine',
  year: 2001,
  volume: '26',
  issue: '11',
  pages: 'E243-E248',
  doi: '10.1097/00007632-200106010-00004',
  pmid: '11389408',
  retracted: false,
  verificationStatus: 'verified',
  evidence: {system: 'GRADE', grade: 'moderate'},
}

export const vanTulder: Citation = {
  id: 'citation-van-tulder',
  title: 'Muscle relaxants for nonspecific low back pain',
  authors: ['van Tulder MW', 'Touray T'],
  journal: 'Spine',
  year: 2003,
  volume: '28',
  pages: '1978-1992',
  pmid: '12973146',
  retracted: true,
  verificationStatus: 'retracted',
}

export const website: Citation = {
  id: 'citation-site',
  title: 'Back pain',
  authors: [],
  journal: 'NHS',
  url: 'javascript:alert(1)',
  retracted: false,
  verificationStatus: 'verified',
}

export function cited(key: string, text: string, citationIds: string[]): RichTextNode {
  const markDefs = citationIds.map((id, index) => ({
    _type: 'citation',
    _key: `${key}m${index}`,
    source: {_type: 'reference', _ref: id},
  }))
  return {
    _type: 'block',
    _key: key,
    style: 'normal',
    markDefs,
    children: [
      {_type: 'span', _key: `${key}s`, text, marks: markDefs.map((markDef) => markDef._key)},
    ],
  }
}

export const review: ReviewCredit = {
  recordId: 'review-1',
  reviewedAt: '2025-03-12T10:00:00.000Z',
  nextReviewDue: '2026-03-12',
  overdue: false,
  reviewer: {
    personId: 'person-daniel-reyes',
    name: 'Dr. Daniel Reyes',
    credentials: ['MD'],
    specialty: 'Physical Medicine & Rehabilitation',
    slug: 'daniel-reyes',
  },
  conflictOfInterest: {declared: false},
}

export function conditionPage(overrides: Partial<ConditionPage> = {}): ConditionPage {
  return {
    type: 'condition',
    id: 'condition-lower-back-spasm',
    slug: 'lower-back-spasm',
    title: 'Lower back spasm',
    body: [
      cited('b1', 'Heat eases spasm.', [hides.id]),
      cited('b2', 'Relaxants help some.', [vanTulder.id, hides.id]),
      cited('b3', 'A dangling claim.', ['citation-unpublished']),
    ],
    authors: [
      {id: 'person-maya-okafor', name: 'Maya Okafor', slug: 'maya-okafor', credentials: ['MPH']},
    ],
    citations: [vanTulder, hides, website],
    review,
    isDraft: false,
    synonyms: ['Back spasm'],
    code: {system: 'ICD-10-CM', code: 'M62.830', label: 'Muscle spasm of back'},
    summary: 'A sudden tightening of the lower back muscles.',
    symptoms: ['Sharp pain'],
    causes: [],
    riskFactors: [],
    redFlags: ['Loss of bladder control'],
    treatments: [],
    articles: [],
    audience: 'patient',
    ...overrides,
  }
}
