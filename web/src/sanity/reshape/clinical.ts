import {pathFor, type ClinicalType} from '../config.ts'
import type {
  ArticlePage,
  Citation,
  ClinicalSummary,
  ConditionPage,
  PersonCard,
  ReviewCredit,
  TreatmentPage,
} from '../types.ts'
import {titleOf, type ClinicalDocument} from './clinicalDocument.ts'

export function toClinicalSummary(
  document: ClinicalDocument,
  review: ReviewCredit,
  approvals: ReviewCredit[],
): ClinicalSummary {
  const type: ClinicalType = document._type
  const shared = {
    id: document._id,
    type,
    title: titleOf(document),
    slug: document.slug,
    path: pathFor(type, document.slug),
    authorIds: document.authors,
    review,
    approvals,
  }
  switch (document._type) {
    case 'condition':
      return {
        ...shared,
        description: document.summary,
        code: document.code,
        synonyms: document.synonyms,
        relatedIds: document.treatments,
      }
    case 'treatment':
      return {
        ...shared,
        description: document.howItWorks,
        kind: document.kind,
        evidence: document.evidenceLevel,
        synonyms: [],
        relatedIds: document.conditions,
      }
    case 'article':
      return {...shared, description: document.standfirst, synonyms: [], relatedIds: document.about}
  }
}

export interface PageContext {
  authors: PersonCard[]
  citations: Citation[]
  review?: ReviewCredit
  isDraft: boolean
  /** Approved documents by id, to link related content that itself passed the gate. */
  approved: ReadonlyMap<string, ClinicalSummary>
}

function approvedIn(ids: string[], context: PageContext, type: ClinicalType): ClinicalSummary[] {
  return ids.flatMap((id) => {
    const entry = context.approved.get(id)
    return entry && entry.type === type ? [entry] : []
  })
}

function articlesAbout(id: string, context: PageContext): ClinicalSummary[] {
  return [...context.approved.values()].filter(
    (entry) => entry.type === 'article' && entry.relatedIds.includes(id),
  )
}

/** Authors in the order the document lists them (the query resolves them unordered). */
function orderedAuthors(ids: string[], authors: PersonCard[]): PersonCard[] {
  return ids.flatMap((id) => authors.find((author) => author.id === id) ?? [])
}

/** Sources in the order the document lists them, then any cited only in the body text. */
function orderedCitations(ids: string[], citations: Citation[]): Citation[] {
  const rank = (citation: Citation) => {
    const index = ids.indexOf(citation.id)
    return index === -1 ? ids.length : index
  }
  return citations
    .map((citation, position) => ({citation, position}))
    .sort((a, b) => rank(a.citation) - rank(b.citation) || a.position - b.position)
    .map(({citation}) => citation)
}

export function toClinicalPage(
  document: ClinicalDocument,
  context: PageContext,
): ConditionPage | TreatmentPage | ArticlePage {
  const shared = {
    id: document._id,
    slug: document.slug,
    title: titleOf(document),
    body: document.body,
    authors: orderedAuthors(document.authors, context.authors),
    citations: orderedCitations(document.citations, context.citations),
    review: context.review,
    isDraft: context.isDraft,
  }
  switch (document._type) {
    case 'condition':
      return {
        ...shared,
        type: 'condition',
        synonyms: document.synonyms,
        code: document.code,
        summary: document.summary,
        symptoms: document.symptoms,
        causes: document.causes,
        riskFactors: document.riskFactors,
        redFlags: document.redFlags,
        audience: document.audience,
        treatments: approvedIn(document.treatments, context, 'treatment'),
        articles: articlesAbout(document._id, context),
      }
    case 'treatment':
      return {
        ...shared,
        type: 'treatment',
        kind: document.kind,
        howItWorks: document.howItWorks,
        benefits: document.benefits,
        risks: document.risks,
        sideEffects: document.sideEffects,
        contraindications: document.contraindications,
        evidence: document.evidenceLevel,
        conditions: approvedIn(document.conditions, context, 'condition'),
        articles: articlesAbout(document._id, context),
      }
    case 'article':
      return {
        ...shared,
        type: 'article',
        standfirst: document.standfirst,
        about: document.about.flatMap((id) => context.approved.get(id) ?? []),
      }
  }
}
