import type {
  CreativeWork,
  MedicalCondition,
  MedicalTherapy,
  MedicalWebPage,
  Person,
  WithContext,
} from 'schema-dts'
import {doiUrl} from '@vetted/schemas/citations'
import {pathFor} from '../sanity/config.ts'
import type {
  ArticlePage,
  Citation,
  ClinicalPage,
  ClinicalSummary,
  ConditionPage,
  PersonCard,
  ReviewCredit,
  TreatmentPage,
} from '../sanity/types.ts'

/**
 * Structured data for search engines, built only from a page that passed the trust gate (its
 * approved revision and the signed review record), never from a draft.
 */

const absolute = (siteUrl: string, path: string) => `${siteUrl}${path}`

function reviewer(review: ReviewCredit, siteUrl: string): Person {
  const {name, credentials, specialty, slug} = review.reviewer
  return {
    '@type': 'Person',
    name,
    ...(credentials.length > 0 ? {honorificSuffix: credentials.join(', ')} : {}),
    ...(specialty ? {knowsAbout: specialty} : {}),
    ...(slug ? {url: absolute(siteUrl, `/reviewers/${encodeURIComponent(slug)}`)} : {}),
    hasCredential: credentials.map((credential) => ({
      '@type': 'EducationalOccupationalCredential',
      credentialCategory: 'degree',
      name: credential,
    })),
  }
}

function author(person: PersonCard, siteUrl: string): Person {
  return {
    '@type': 'Person',
    name: person.name,
    ...(person.credentials.length > 0 ? {honorificSuffix: person.credentials.join(', ')} : {}),
    ...(person.slug
      ? {url: absolute(siteUrl, `/reviewers/${encodeURIComponent(person.slug)}`)}
      : {}),
  }
}

function citation(source: Citation): CreativeWork {
  const url = source.doi ? doiUrl(source.doi) : source.url
  return {
    '@type': 'ScholarlyArticle',
    name: source.title,
    ...(source.authors.length > 0 ? {author: source.authors.join(', ')} : {}),
    ...(source.year ? {datePublished: String(source.year)} : {}),
    ...(url && /^https?:\/\//.test(url) ? {url} : {}),
  }
}

function therapyLink(entry: ClinicalSummary, siteUrl: string): MedicalTherapy {
  return {'@type': 'MedicalTherapy', name: entry.title, url: absolute(siteUrl, entry.path)}
}

function conditionLink(entry: ClinicalSummary, siteUrl: string): MedicalCondition {
  return {
    '@type': 'MedicalCondition',
    name: entry.title,
    url: absolute(siteUrl, entry.path),
    ...(entry.code
      ? {
          code: {
            '@type': 'MedicalCode',
            codeValue: entry.code.code,
            codingSystem: entry.code.system,
          },
        }
      : {}),
  }
}

function aboutCondition(page: ConditionPage, siteUrl: string): MedicalCondition {
  return {
    '@type': 'MedicalCondition',
    name: page.title,
    ...(page.synonyms.length > 0 ? {alternateName: page.synonyms} : {}),
    ...(page.summary ? {description: page.summary} : {}),
    ...(page.code
      ? {code: {'@type': 'MedicalCode', codeValue: page.code.code, codingSystem: page.code.system}}
      : {}),
    signOrSymptom: page.symptoms.map((name) => ({'@type': 'MedicalSignOrSymptom', name})),
    riskFactor: page.riskFactors.map((name) => ({'@type': 'MedicalRiskFactor', name})),
    cause: page.causes.map((name) => ({'@type': 'MedicalCause', name})),
    possibleTreatment: page.treatments.map((entry) => therapyLink(entry, siteUrl)),
  }
}

function aboutTreatment(page: TreatmentPage, siteUrl: string): MedicalTherapy {
  return {
    '@type': 'MedicalTherapy',
    name: page.title,
    url: absolute(siteUrl, pathFor('treatment', page.slug)),
    ...(page.howItWorks ? {description: page.howItWorks} : {}),
    contraindication: page.contraindications,
    adverseOutcome: page.sideEffects.map((name) => ({'@type': 'MedicalEntity', name})),
    seriousAdverseOutcome: page.risks.map((name) => ({'@type': 'MedicalEntity', name})),
  }
}

function aboutArticle(page: ArticlePage, siteUrl: string) {
  return page.about.map((entry) =>
    entry.type === 'condition' ? conditionLink(entry, siteUrl) : therapyLink(entry, siteUrl),
  )
}

function about(page: ClinicalPage, siteUrl: string) {
  switch (page.type) {
    case 'condition':
      return aboutCondition(page, siteUrl)
    case 'treatment':
      return aboutTreatment(page, siteUrl)
    case 'article':
      return aboutArticle(page, siteUrl)
  }
}

function descriptionOf(page: ClinicalPage): string | undefined {
  if (page.type === 'condition') return page.summary
  if (page.type === 'treatment') return page.howItWorks
  return page.standfirst
}

/** `MedicalWebPage` JSON-LD; undefined for a page without an approval (a draft preview). */
export function medicalWebPageJsonLd(
  page: ClinicalPage,
  siteUrl: string,
): WithContext<MedicalWebPage> | undefined {
  const review = page.review
  if (!review || page.isDraft) return undefined
  const description = descriptionOf(page)
  const audience = page.type === 'condition' ? page.audience : undefined
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: page.title,
    url: absolute(siteUrl, pathFor(page.type, page.slug)),
    ...(description ? {description} : {}),
    inLanguage: 'en',
    lastReviewed: review.reviewedAt.slice(0, 10),
    reviewedBy: reviewer(review, siteUrl),
    author: page.authors.map((person) => author(person, siteUrl)),
    ...(audience
      ? {medicalAudience: audience === 'clinician' ? 'Clinician' : {'@type': 'Patient'}}
      : {}),
    about: about(page, siteUrl),
    citation: page.citations.map(citation),
  }
}

/** Serialised for a `<script type="application/ld+json">`, safe against `</script>` in content. */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
