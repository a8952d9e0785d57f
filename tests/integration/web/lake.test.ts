import {generateSigningKeyPair, importPublicKeys, type PublicKeys} from '@vetted/schemas/review'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildClinicalIndex} from '../../../web/src/review/clinicalIndex.ts'
import {gateClinicalPage} from '../../../web/src/review/clinicalPage.ts'
import {searchTerms} from '../../../web/src/sanity/fetch/searchTerms.ts'
import {
  clinicalIndexQuery,
  clinicalPreviewQuery,
  conditionPageQuery,
} from '../../../web/src/sanity/queries/clinical.ts'
import {searchQuery} from '../../../web/src/sanity/queries/search.ts'
import {
  heatTherapy,
  hidesCitation,
  lowerBackSpasm,
  okafor,
  reyes,
  type Doc,
} from '../../fixtures/web/content.ts'
import {
  approveAndPublish,
  credentialReviewers,
  lakeClient,
  tamperWithPublished,
  type SigningKey,
} from '../../fixtures/web/publishing.ts'
import {startTestLake, type TestLake} from '../../helpers/lake.ts'

/**
 * The site's queries and trust gate against the real lake (its GROQ engine, perspectives and
 * Actions API publish), read with the site's viewer token: the fingerprint of a document as
 * published must be the fingerprint signed on its draft.
 */
let lake: TestLake
let key: SigningKey
let keys: PublicKeys
const now = new Date()

const asDraft = (doc: Doc): Doc => {
  const {_rev, _createdAt, _updatedAt, ...content} = doc
  return {...content, _id: `drafts.${doc._id}`}
}

function reader() {
  return lakeClient({lakeHttp: lake.httpUrl, token: lake.token('rSiteReader')}).withConfig({
    perspective: 'published',
  })
}

beforeAll(async () => {
  lake = await startTestLake()
  const pair = await generateSigningKeyPair()
  key = {keyId: 'integration-site-key', privateKeyPem: pair.privateKeyPem}
  keys = await importPublicKeys({[key.keyId]: pair.publicKeyPem})
  const admin = lake.client('pSamLee')
  await admin
    .transaction()
    .createOrReplace(reyes)
    .createOrReplace(okafor)
    .createOrReplace(asDraft(hidesCitation))
    .createOrReplace(asDraft(lowerBackSpasm()))
    .createOrReplace(asDraft(heatTherapy()))
    .commit()
  const publisher = {lakeHttp: lake.httpUrl, token: lake.token('rPublisher')}
  await credentialReviewers(publisher, key, [reyes._id])
  await approveAndPublish(publisher, key, [
    hidesCitation._id,
    lowerBackSpasm()._id,
    heatTherapy()._id,
  ])
}, 120_000)

afterAll(async () => {
  await lake?.stop()
})

describe('the site against the lake', () => {
  it('shows what was signed off on its draft and published through the Actions API', async () => {
    const raw = await reader().fetch(clinicalIndexQuery)
    const {entries, failures} = await buildClinicalIndex(raw, keys, now)
    expect(failures).toEqual([])
    expect(entries.map((entry) => entry.id).sort()).toEqual([
      'condition-lower-back-spasm',
      'treatment-heat-therapy',
    ])
  })

  it('renders a page read in one query, with its resolved sources and reviewer', async () => {
    const raw = await reader().fetch(conditionPageQuery, {slug: 'lower-back-spasm'})
    const index = await buildClinicalIndex(await reader().fetch(clinicalIndexQuery), keys, now)
    const approved = new Map(index.entries.map((entry) => [entry.id, entry]))
    const verdict = await gateClinicalPage(raw, {
      type: 'condition',
      keys,
      now,
      approved,
      verifiedCitations: new Set(index.verifiedCitationIds),
      isDraft: false,
    })
    expect(verdict).toMatchObject({
      status: 'visible',
      page: {
        title: 'Lower back spasm',
        treatments: [{id: 'treatment-heat-therapy'}],
        citations: [{id: hidesCitation._id, doi: hidesCitation.doi}],
        review: {reviewer: {name: 'Dr. Daniel Reyes', slug: 'daniel-reyes'}},
      },
    })
  })

  it('finds approved content with the lake’s own text search', async () => {
    const ids = await reader().fetch(searchQuery, {terms: searchTerms('lumbar spasm')})
    expect(ids).toEqual(['condition-lower-back-spasm'])
  })

  it('never reads drafts with the published perspective, and reads them for preview', async () => {
    const editor = lakeClient({lakeHttp: lake.httpUrl, token: lake.token('pMayaOkafor')})
    const published = await editor.getDocument<Doc>('condition-lower-back-spasm')
    expect(published).toBeDefined()
    await editor.createOrReplace({
      ...(published as Doc),
      _id: 'drafts.condition-lower-back-spasm',
      summary: 'Draft edit',
    })
    const publicView = await reader().fetch(conditionPageQuery, {slug: 'lower-back-spasm'})
    expect(publicView).toMatchObject({document: {summary: lowerBackSpasm().summary}})
    const preview = await reader()
      .withConfig({perspective: 'drafts'})
      .fetch(clinicalPreviewQuery, {id: 'condition-lower-back-spasm'})
    expect(preview).toMatchObject({
      document: {_id: 'condition-lower-back-spasm', summary: 'Draft edit'},
    })
  })

  it('hides a published document an administrator edits directly, and says why', async () => {
    await tamperWithPublished(
      {lakeHttp: lake.httpUrl, token: lake.token('pSamLee')},
      'treatment-heat-therapy',
      {howItWorks: 'Cures everything.'},
    )
    const {entries, failures} = await buildClinicalIndex(
      await reader().fetch(clinicalIndexQuery),
      keys,
      now,
    )
    expect(entries.map((entry) => entry.id)).toEqual(['condition-lower-back-spasm'])
    expect(failures).toEqual([
      expect.objectContaining({
        id: 'treatment-heat-therapy',
        reasons: [expect.stringMatching(/changed after sign-off/)],
      }),
    ])
  })
})
