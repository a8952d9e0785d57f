import {defineQuery} from 'groq'
import {
  clinicalPageProjection,
  clinicalTypesList,
  personCardFields,
  reviewedTypesList,
} from './fragments.ts'

export const conditionPageQuery = defineQuery(
  `*[_type == "condition" && slug.current == $slug] | order(_id asc)[0]${clinicalPageProjection}`,
)

export const treatmentPageQuery = defineQuery(
  `*[_type == "treatment" && slug.current == $slug] | order(_id asc)[0]${clinicalPageProjection}`,
)

export const articlePageQuery = defineQuery(
  `*[_type == "article" && slug.current == $slug] | order(_id asc)[0]${clinicalPageProjection}`,
)

/** Draft preview: the document by id, read with the `drafts` perspective (drafts overlay published). */
export const clinicalPreviewQuery = defineQuery(
  `*[_id == $id && _type in ${clinicalTypesList}][0]${clinicalPageProjection}`,
)

/**
 * Every published clinical document and citation (whole, for fingerprinting), every record
 * about one, the reviewers' credential records, and the people records name: the input of the site-wide trust gate, one snapshot.
 */
export const clinicalIndexQuery = defineQuery(`{
  "documents": *[_type in ${clinicalTypesList}] | order(_id asc),
  "citations": *[_type == "citation"] | order(_id asc),
  "reviews": *[_type == "medicalReview" && subjectType in ${reviewedTypesList}] | order(at desc),
  "credentials": *[_type == "medicalReview" && subjectType == "person"],
  "people": *[_type == "person"] | order(_id asc){${personCardFields}}
}`)

/** Where a preview link leads: the document's type and (draft) slug. */
export const previewTargetQuery = defineQuery(
  `*[_id == $id && _type in ${clinicalTypesList}][0]{_type, "slug": slug.current}`,
)
