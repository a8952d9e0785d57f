import {beforeAll, describe, expect, it} from 'vitest'
import {buildClinicalIndex} from '../../../../web/src/review/clinicalIndex.ts'
import {clinicalIndexQuery} from '../../../../web/src/sanity/queries/clinical.ts'
import {
  hidesCitation,
  heatTherapy,
  lowerBackSpasm,
  muscleRelaxants,
  okafor,
  reyes,
  seedArticle,
  vanTulderCitation,
  testSigner,
  type Doc,
  type TestSigner,
} from '../../../fixtures/web/content.ts'
import {runQuery} from '../../../fixtures/web/lake.ts'

const now = new Date('2025-06-01T12:00:00Z')
let signer: TestSigner
let dataset: Doc[]

beforeAll(async () => {
  signer = await testSigner()
  const tamperedArticle = seedArticle({standfirst: 'Call 555-0100 to book: guaranteed cure.'})
  dataset = [
    lowerBackSpasm(),
    heatTherapy(),
    muscleRelaxants(),
    tamperedArticle,
    reyes,
    okafor,
    ...signer.credentialRecords,
    hidesCitation,
    {...vanTulderCitation, title: 'Edited after verification'},
    // Each approval below is followed by the service's signed `published` record (`live`).
    ...(await signer.live(hidesCitation)),
    ...(await signer.live(vanTulderCitation)),
    ...(await signer.live(lowerBackSpasm(), {at: '2025-03-01T00:00:00.000Z'})),
    ...(await signer.live(lowerBackSpasm(), {
      at: '2025-01-01T00:00:00.000Z',
      fingerprintOf: lowerBackSpasm({summary: 'An older revision.'}),
    })),
    ...(await signer.live(heatTherapy(), {nextReviewDue: '2025-05-01'})),
    // muscleRelaxants: never approved. The article: approved and published, then edited
    // outside the service.
    ...(await signer.live(seedArticle())),
  ]
})

async function index() {
  return buildClinicalIndex(await runQuery(clinicalIndexQuery, {}, dataset), signer.keys, now)
}

describe('buildClinicalIndex', () => {
  it('lists only documents whose published content carries a valid approval', async () => {
    const {entries} = await index()
    expect(entries.map((entry) => entry.id)).toEqual([
      'treatment-heat-therapy',
      'condition-lower-back-spasm',
    ])
  })

  it('reports the unapproved and the tampered with their reasons', async () => {
    const {failures} = await index()
    expect(failures.filter((failure) => failure.type !== 'citation')).toEqual([
      {
        id: 'article-seed-004',
        type: 'article',
        title: 'Treatment for lower back spasms',
        slug: 'treatment-for-lower-back-spasms',
        reasons: [expect.stringMatching(/changed after sign-off/)],
      },
      {
        id: 'treatment-muscle-relaxants',
        type: 'treatment',
        title: 'Muscle relaxants',
        slug: 'muscle-relaxants',
        reasons: [expect.stringMatching(/no validly signed approved record/)],
      },
    ])
  })

  it('verifies citations by their own signed records, and reports an edited one', async () => {
    const {verifiedCitationIds, failures} = await index()
    expect(verifiedCitationIds).toEqual([hidesCitation._id])
    expect(failures.filter((failure) => failure.type === 'citation')).toEqual([
      {
        id: vanTulderCitation._id,
        type: 'citation',
        title: 'Edited after verification',
        reasons: [expect.stringMatching(/changed after sign-off/)],
      },
    ])
  })

  it('summarises approved documents from their verified content', async () => {
    const {entries} = await index()
    expect(entries.find((entry) => entry.id === 'condition-lower-back-spasm')).toMatchObject({
      type: 'condition',
      title: 'Lower back spasm',
      slug: 'lower-back-spasm',
      path: '/conditions/lower-back-spasm',
      code: {system: 'ICD-10-CM', code: 'M62.830'},
      synonyms: ['Back spasm', 'Lumbar muscle spasm'],
      relatedIds: ['treatment-heat-therapy', 'treatment-muscle-relaxants'],
      authorIds: [okafor._id],
    })
  })

  it('credits the signed approval of the published revision, linked to the reviewer', async () => {
    const {entries} = await index()
    const condition = entries.find((entry) => entry.id === 'condition-lower-back-spasm')
    expect(condition?.review).toMatchObject({
      reviewedAt: '2025-03-01T00:00:00.000Z',
      nextReviewDue: '2099-03-12',
      overdue: false,
      reviewer: {name: 'Dr. Daniel Reyes', credentials: ['MD'], slug: 'daniel-reyes'},
      conflictOfInterest: {declared: false},
    })
    expect(condition?.approvals.map((approval) => approval.reviewedAt)).toEqual([
      '2025-03-01T00:00:00.000Z',
      '2025-01-01T00:00:00.000Z',
    ])
  })

  it('keeps an overdue document listed, marked overdue', async () => {
    const {entries} = await index()
    expect(entries.find((entry) => entry.id === 'treatment-heat-therapy')?.review.overdue).toBe(
      true,
    )
  })

  it('is empty, not an error, for an empty dataset', async () => {
    expect(
      await buildClinicalIndex(await runQuery(clinicalIndexQuery, {}, []), signer.keys, now),
    ).toEqual({
      entries: [],
      verifiedCitationIds: [],
      failures: [],
    })
  })
})
