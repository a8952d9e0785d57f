import {beforeAll, describe, expect, it} from 'vitest'
import {buildClinicalIndex} from '../../../../web/src/review/clinicalIndex.ts'
import {gateClinicalPage} from '../../../../web/src/review/clinicalPage.ts'
import {
  clinicalIndexQuery,
  clinicalPreviewQuery,
  conditionPageQuery,
} from '../../../../web/src/sanity/queries/clinical.ts'
import type {ClinicalSummary} from '../../../../web/src/sanity/types.ts'
import {
  hidesCitation,
  heatTherapy,
  lowerBackSpasm,
  muscleRelaxants,
  okafor,
  reyes,
  testSigner,
  uncitedCitation,
  vanTulderCitation,
  type Doc,
  type TestSigner,
} from '../../../fixtures/web/content.ts'
import {runQuery} from '../../../fixtures/web/lake.ts'

const now = new Date('2025-06-01T12:00:00Z')
let signer: TestSigner
let base: Doc[]

beforeAll(async () => {
  signer = await testSigner()
  base = [
    heatTherapy(),
    muscleRelaxants(),
    reyes,
    okafor,
    ...signer.credentialRecords,
    hidesCitation,
    vanTulderCitation,
    uncitedCitation,
    // Approved (or verified) and published by the service: a signed `published` record each.
    ...(await signer.live(heatTherapy())),
    ...(await signer.live(hidesCitation)),
    ...(await signer.live(vanTulderCitation)),
    ...(await signer.live(uncitedCitation)),
  ]
})

async function pageFor(dataset: Doc[], options: {preview?: boolean} = {}) {
  const index = await buildClinicalIndex(
    await runQuery(clinicalIndexQuery, {}, dataset),
    signer.keys,
    now,
  )
  const approved = new Map<string, ClinicalSummary>(index.entries.map((entry) => [entry.id, entry]))
  const raw = options.preview
    ? await runQuery(clinicalPreviewQuery, {id: 'condition-lower-back-spasm'}, dataset, 'drafts')
    : await runQuery(conditionPageQuery, {slug: 'lower-back-spasm'}, dataset)
  return gateClinicalPage(raw, {
    type: 'condition',
    keys: signer.keys,
    now,
    approved,
    verifiedCitations: new Set(index.verifiedCitationIds),
    isDraft: options.preview ?? false,
  })
}

describe('gateClinicalPage', () => {
  describe('for an approved page', () => {
    it('renders exactly the verified document', async () => {
      const dataset = [...base, lowerBackSpasm(), ...(await signer.live(lowerBackSpasm()))]
      const verdict = await pageFor(dataset)
      expect(verdict).toMatchObject({
        status: 'visible',
        page: {
          type: 'condition',
          title: 'Lower back spasm',
          summary: lowerBackSpasm().summary,
          redFlags: ['Loss of bladder or bowel control', 'Numbness in the groin'],
          isDraft: false,
          review: {reviewer: {name: 'Dr. Daniel Reyes', slug: 'daniel-reyes'}},
          authors: [{name: 'Maya Okafor', credentials: ['MPH']}],
        },
      })
    })

    it('links only the treatments that passed the gate themselves', async () => {
      const dataset = [...base, lowerBackSpasm(), ...(await signer.live(lowerBackSpasm()))]
      const verdict = await pageFor(dataset)
      expect(verdict.status === 'visible' && verdict.page.type === 'condition').toBe(true)
      expect(verdict).toMatchObject({
        page: {treatments: [{id: 'treatment-heat-therapy', kind: 'self-care'}]},
      })
    })

    it('orders the sources as the document lists them, then those cited only in the text', async () => {
      const dataset = [...base, lowerBackSpasm(), ...(await signer.live(lowerBackSpasm()))]
      const verdict = await pageFor(dataset)
      expect(verdict).toMatchObject({
        page: {
          citations: [
            {id: hidesCitation._id},
            {id: uncitedCitation._id},
            {id: vanTulderCitation._id},
          ],
        },
      })
    })
  })

  describe('its sources', () => {
    it('leave out a citation edited after its verification', async () => {
      const dataset = [
        ...base.filter((doc) => doc._id !== vanTulderCitation._id),
        {...vanTulderCitation, url: 'https://phishing.example/'},
        lowerBackSpasm(),
        ...(await signer.live(lowerBackSpasm())),
      ]
      const verdict = await pageFor(dataset)
      expect(verdict).toMatchObject({
        status: 'visible',
        page: {citations: [{id: hidesCitation._id}, {id: uncitedCitation._id}]},
      })
    })

    it('are all shown in a draft preview, verified or not', async () => {
      const draft = {...lowerBackSpasm(), _id: 'drafts.condition-lower-back-spasm'}
      const dataset = [
        ...base.filter((doc) => doc._type !== 'medicalReview' || doc.subjectType !== 'citation'),
        draft,
      ]
      const verdict = await pageFor(dataset, {preview: true})
      expect(verdict).toMatchObject({page: {citations: [{}, {}, {}]}})
    })
  })

  describe('for a page that must not show', () => {
    it('hides a published document nobody approved', async () => {
      const verdict = await pageFor([...base, lowerBackSpasm()])
      expect(verdict).toMatchObject({status: 'hidden'})
    })

    it('hides a published document edited after its approval', async () => {
      const records = await signer.live(lowerBackSpasm())
      const verdict = await pageFor([
        ...base,
        lowerBackSpasm({causes: ['Anything at all']}),
        ...records,
      ])
      expect(verdict).toMatchObject({
        status: 'hidden',
        reasons: [expect.stringMatching(/changed after sign-off/)],
      })
    })

    it('says missing for a slug with no document', async () => {
      expect(await pageFor(base)).toEqual({status: 'missing'})
    })
  })

  describe('in a draft preview', () => {
    it('shows the unreviewed draft, marked as a draft, with no review credit', async () => {
      const draft = {
        ...lowerBackSpasm({summary: 'Rewritten, not yet reviewed.'}),
        _id: 'drafts.condition-lower-back-spasm',
      }
      const dataset = [...base, lowerBackSpasm(), ...(await signer.live(lowerBackSpasm())), draft]
      const verdict = await pageFor(dataset, {preview: true})
      expect(verdict).toMatchObject({
        status: 'visible',
        page: {isDraft: true, summary: 'Rewritten, not yet reviewed.', review: undefined},
      })
    })

    it('credits the approval when the draft is exactly the approved content', async () => {
      // The approved content is live (approved, then published by the service) and the draft
      // equals it: the preview gate credits only what the service published.
      const draft = {...lowerBackSpasm(), _id: 'drafts.condition-lower-back-spasm'}
      const dataset = [...base, lowerBackSpasm(), ...(await signer.live(lowerBackSpasm())), draft]
      const verdict = await pageFor(dataset, {preview: true})
      expect(verdict).toMatchObject({
        status: 'visible',
        page: {isDraft: true, review: {reviewer: {name: 'Dr. Daniel Reyes'}}},
      })
    })
  })
})
