import {describe, expect, it} from 'vitest'
import {
  clinicalIndexQuery,
  clinicalPreviewQuery,
  conditionPageQuery,
  previewTargetQuery,
  treatmentPageQuery,
} from '../../../../web/src/sanity/queries/clinical.ts'
import {
  hidesCitation,
  heatTherapy,
  lowerBackSpasm,
  muscleRelaxants,
  okafor,
  reyes,
  seedArticle,
  uncitedCitation,
  vanTulderCitation,
  type Doc,
} from '../../../fixtures/web/content.ts'
import {runQuery} from '../../../fixtures/web/lake.ts'

const record = (id: string, subject: string, subjectType = 'condition'): Doc => ({
  _id: id,
  _type: 'medicalReview',
  subject: {_type: 'reference', _ref: subject, _weak: true},
  subjectType,
  kind: 'approved',
  at: '2025-03-12T10:00:00.000Z',
  actor: {personId: reyes._id, name: 'Dr. Daniel Reyes', credentials: ['MD']},
})

const dataset: Doc[] = [
  lowerBackSpasm(),
  {...lowerBackSpasm({summary: 'An unreviewed draft.'}), _id: 'drafts.condition-lower-back-spasm'},
  heatTherapy(),
  muscleRelaxants(),
  seedArticle(),
  reyes,
  okafor,
  hidesCitation,
  vanTulderCitation,
  uncitedCitation,
  {...hidesCitation, _id: 'citation-not-cited-anywhere'},
  record('review-a', 'condition-lower-back-spasm'),
  record('review-b', 'treatment-heat-therapy', 'treatment'),
  record('review-c', 'citation-seed-004-2', 'citation'),
  {_id: 'siteSettings', _type: 'siteSettings', siteName: 'Vetted'},
]

describe('conditionPageQuery', () => {
  it('returns the whole published document, untouched, for fingerprinting', async () => {
    const result = await runQuery(conditionPageQuery, {slug: 'lower-back-spasm'}, dataset)
    expect(result).toMatchObject({document: lowerBackSpasm()})
    expect((result as {document: Doc}).document).toEqual(lowerBackSpasm())
  })

  it('never returns the draft (published perspective)', async () => {
    const result = await runQuery(conditionPageQuery, {slug: 'lower-back-spasm'}, dataset)
    expect(result).toMatchObject({document: {summary: lowerBackSpasm().summary}})
  })

  it('returns only the records about this document', async () => {
    const result = await runQuery(conditionPageQuery, {slug: 'lower-back-spasm'}, dataset)
    expect(result).toMatchObject({reviews: [{_id: 'review-a'}]})
    expect((result as {reviews: Doc[]}).reviews).toHaveLength(1)
  })

  it('resolves the authors and the reviewers its records name', async () => {
    const result = await runQuery(conditionPageQuery, {slug: 'lower-back-spasm'}, dataset)
    expect(result).toMatchObject({
      authors: [{_id: okafor._id, name: 'Maya Okafor', slug: 'maya-okafor', credentials: ['MPH']}],
      reviewers: [{_id: reyes._id, slug: 'daniel-reyes', specialty: reyes.specialty}],
    })
  })

  it('returns the citations named in the field and in body annotations, and no others', async () => {
    const result = (await runQuery(conditionPageQuery, {slug: 'lower-back-spasm'}, dataset)) as {
      citations: {_id: string}[]
    }
    expect(result.citations.map((citation) => citation._id).sort()).toEqual(
      [hidesCitation._id, vanTulderCitation._id, uncitedCitation._id].sort(),
    )
  })

  it('is null for a slug nothing has', async () => {
    expect(await runQuery(conditionPageQuery, {slug: 'nope'}, dataset)).toBeNull()
  })

  it('does not return a document of another type with the same slug', async () => {
    const clash = [
      ...dataset,
      heatTherapy({_id: 'treatment-clash', slug: {current: 'lower-back-spasm'}}),
    ]
    const result = await runQuery(treatmentPageQuery, {slug: 'lower-back-spasm'}, clash)
    expect(result).toMatchObject({document: {_id: 'treatment-clash'}})
  })
})

describe('clinicalPreviewQuery', () => {
  it('reads the draft overlaid on the published document, under the published id', async () => {
    const result = await runQuery(
      clinicalPreviewQuery,
      {id: 'condition-lower-back-spasm'},
      dataset,
      'drafts',
    )
    expect(result).toMatchObject({
      document: {
        _id: 'condition-lower-back-spasm',
        _originalId: 'drafts.condition-lower-back-spasm',
        summary: 'An unreviewed draft.',
      },
      reviews: [{_id: 'review-a'}],
    })
  })

  it('finds nothing for a document that is not clinical', async () => {
    expect(await runQuery(clinicalPreviewQuery, {id: 'siteSettings'}, dataset, 'drafts')).toBeNull()
  })
})

describe('previewTargetQuery', () => {
  it("gives the type and the draft's slug", async () => {
    const drafts = [
      ...dataset,
      {...heatTherapy({slug: {current: 'warmth'}}), _id: 'drafts.treatment-heat-therapy'},
    ]
    const result = await runQuery(
      previewTargetQuery,
      {id: 'treatment-heat-therapy'},
      drafts,
      'drafts',
    )
    expect(result).toEqual({_type: 'treatment', slug: 'warmth'})
  })
})

describe('clinicalIndexQuery', () => {
  it('returns every published clinical document whole, and no drafts', async () => {
    const result = (await runQuery(clinicalIndexQuery, {}, dataset)) as {documents: Doc[]}
    expect(result.documents.map((doc) => doc._id)).toEqual([
      'article-seed-004',
      'condition-lower-back-spasm',
      'treatment-heat-therapy',
      'treatment-muscle-relaxants',
    ])
    expect(result.documents[1]).toEqual(lowerBackSpasm())
  })

  it('returns every published citation whole', async () => {
    const result = (await runQuery(clinicalIndexQuery, {}, dataset)) as {citations: Doc[]}
    expect(result.citations.map((doc) => doc._id)).toEqual([
      'citation-not-cited-anywhere',
      hidesCitation._id,
      vanTulderCitation._id,
      uncitedCitation._id,
    ])
    expect(result.citations).toContainEqual(hidesCitation)
  })

  it('returns the records about clinical documents and citations, and the people', async () => {
    const dataset2 = [...dataset, record('review-d', 'siteSettings', 'siteSettings')]
    const result = (await runQuery(clinicalIndexQuery, {}, dataset2)) as {
      reviews: Doc[]
      people: Doc[]
    }
    expect(result.reviews.map((doc) => doc._id).sort()).toEqual([
      'review-a',
      'review-b',
      'review-c',
    ])
    expect(result.people.map((person) => person._id)).toEqual([reyes._id, okafor._id].sort())
  })
})
