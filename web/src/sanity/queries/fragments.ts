/** Shared GROQ fragments. Interpolated into `defineQuery` strings, never queried alone. */

export const clinicalTypesList = /* groq */ `["condition", "treatment", "article"]`

/** Types whose published versions carry their own signed records: clinical types and citations. */
export const reviewedTypesList = /* groq */ `["condition", "treatment", "article", "citation"]`

export const personCardFields = /* groq */ `
  _id,
  name,
  "slug": slug.current,
  credentials,
  jobTitle,
  specialty
`

export const citationFields = /* groq */ `
  _id,
  title,
  authors,
  journal,
  year,
  volume,
  issue,
  pages,
  doi,
  pmid,
  pmcid,
  url,
  accessed,
  publicationType,
  evidenceLevel,
  retracted,
  "verificationStatus": verification.status
`

/**
 * Everything a clinical page needs, read in ONE query so it all comes from one snapshot.
 * `document` is the whole published document, untouched: the trust gate fingerprints it, and
 * the page renders from it, so what shows is exactly what was verified.
 */
export const clinicalPageProjection = /* groq */ `{
  "document": @,
  "reviews": *[_type == "medicalReview" && subject._ref == ^._id] | order(at desc),
  "credentials": *[_type == "medicalReview" && subjectType == "person"],
  "authors": authors[]->{${personCardFields}},
  "citations": *[
    _type == "citation" &&
    (_id in ^.citations[]._ref || _id in ^.body[].markDefs[][_type == "citation"].source._ref)
  ]{${citationFields}},
  "reviewers": *[
    _type == "person" &&
    _id in *[_type == "medicalReview" && subject._ref == ^.^._id].actor.personId
  ]{${personCardFields}}
}`
