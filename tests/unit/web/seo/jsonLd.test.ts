import {describe, expect, it} from 'vitest'
import {medicalWebPageJsonLd, serializeJsonLd} from '../../../../web/src/seo/jsonLd.ts'
import type {ClinicalSummary, TreatmentPage} from '../../../../web/src/sanity/types.ts'
import {conditionPage, review} from '../components/pageFixtures.ts'

const site = 'https://vetted.example'

const heat: ClinicalSummary = {
  id: 'treatment-heat-therapy',
  type: 'treatment',
  title: 'Heat therapy',
  slug: 'heat-therapy',
  path: '/treatments/heat-therapy',
  synonyms: [],
  relatedIds: [],
  authorIds: [],
  review,
  approvals: [review],
}

describe('medicalWebPageJsonLd', () => {
  it('describes a condition page from its approved revision and signed review', () => {
    const data = medicalWebPageJsonLd(conditionPage({treatments: [heat]}), site)
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      url: 'https://vetted.example/conditions/lower-back-spasm',
      lastReviewed: '2025-03-12',
      reviewedBy: {
        '@type': 'Person',
        name: 'Dr. Daniel Reyes',
        honorificSuffix: 'MD',
        url: 'https://vetted.example/reviewers/daniel-reyes',
        hasCredential: [{'@type': 'EducationalOccupationalCredential', name: 'MD'}],
      },
      about: {
        '@type': 'MedicalCondition',
        name: 'Lower back spasm',
        code: {'@type': 'MedicalCode', codeValue: 'M62.830', codingSystem: 'ICD-10-CM'},
        possibleTreatment: [
          {
            '@type': 'MedicalTherapy',
            name: 'Heat therapy',
            url: 'https://vetted.example/treatments/heat-therapy',
          },
        ],
      },
      medicalAudience: {'@type': 'Patient'},
    })
  })

  it('cites the sources, with the DOI as the URL', () => {
    const data = medicalWebPageJsonLd(conditionPage(), site) as unknown as {
      citation: {url?: string}[]
    }
    expect(data.citation.map((citation) => citation.url)).toContain(
      'https://doi.org/10.1097/00007632-200106010-00004',
    )
    expect(JSON.stringify(data)).not.toContain('javascript:')
  })

  it('describes a treatment as a MedicalTherapy', () => {
    const base = conditionPage()
    const treatment: TreatmentPage = {
      ...base,
      type: 'treatment',
      id: 'treatment-heat-therapy',
      slug: 'heat-therapy',
      title: 'Heat therapy',
      kind: 'self-care',
      howItWorks: 'Warmth relaxes muscles.',
      benefits: [],
      risks: ['Burns'],
      sideEffects: ['Redness'],
      contraindications: ['Numb skin'],
      conditions: [],
      articles: [],
    }
    expect(medicalWebPageJsonLd(treatment, site)).toMatchObject({
      about: {
        '@type': 'MedicalTherapy',
        name: 'Heat therapy',
        contraindication: ['Numb skin'],
        adverseOutcome: [{'@type': 'MedicalEntity', name: 'Redness'}],
        seriousAdverseOutcome: [{'@type': 'MedicalEntity', name: 'Burns'}],
      },
    })
  })

  it('is absent for a draft preview', () => {
    expect(medicalWebPageJsonLd(conditionPage({isDraft: true}), site)).toBeUndefined()
    expect(medicalWebPageJsonLd(conditionPage({review: undefined}), site)).toBeUndefined()
  })
})

describe('serializeJsonLd', () => {
  it('cannot close the script element it is embedded in', () => {
    const text = serializeJsonLd({name: '</script><script>alert(1)</script>'})
    expect(text).not.toContain('</script')
    expect(JSON.parse(text)).toEqual({name: '</script><script>alert(1)</script>'})
  })
})
