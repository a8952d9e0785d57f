import {describe, expect, it} from 'vitest'
import {personBySlugQuery} from '../../../../web/src/sanity/queries/people.ts'
import {siteSettingsQuery} from '../../../../web/src/sanity/queries/settings.ts'
import {okafor, reyes, testSigner, type Doc} from '../../../fixtures/web/content.ts'
import {runQuery} from '../../../fixtures/web/lake.ts'

const settings: Doc = {
  _id: 'siteSettings',
  _type: 'siteSettings',
  siteName: 'Vetted',
  disclaimer: 'Not a substitute for professional medical advice.',
  reportErrorEmail: 'corrections@example.org',
  defaultReviewIntervalMonths: 12,
  editorialPolicy: [],
}

describe('siteSettingsQuery', () => {
  it('returns the published settings', async () => {
    const result = await runQuery(siteSettingsQuery, {}, [
      settings,
      {...settings, _id: 'drafts.siteSettings', disclaimer: 'Draft disclaimer'},
    ])
    expect(result).toMatchObject({
      siteName: 'Vetted',
      disclaimer: settings.disclaimer,
      reportErrorEmail: 'corrections@example.org',
    })
  })

  it('is null before settings are published', async () => {
    expect(await runQuery(siteSettingsQuery, {}, [])).toBeNull()
  })
})

describe('personBySlugQuery', () => {
  it('returns the profile fields of the person with that slug', async () => {
    const result = await runQuery(personBySlugQuery, {slug: 'daniel-reyes'}, [reyes, okafor])
    expect(result).toMatchObject({
      _id: reyes._id,
      name: 'Dr. Daniel Reyes',
      credentials: ['MD'],
      credentialRecords: [],
    })
  })
})

describe('personBySlugQuery credential records', () => {
  it("brings the person's own credential records and nobody else's", async () => {
    const signer = await testSigner()
    const [forReyes] = signer.credentialRecords
    const forOkafor = await signer.credential({person: okafor})
    const result = await runQuery(personBySlugQuery, {slug: 'daniel-reyes'}, [
      reyes,
      okafor,
      ...signer.credentialRecords,
      forOkafor,
    ])
    expect(result).toMatchObject({credentialRecords: [{_id: forReyes?._id}]})
    expect((result as {credentialRecords: unknown[]}).credentialRecords).toHaveLength(1)
  })
})
