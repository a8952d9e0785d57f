import {defineQuery} from 'groq'
import {clinicalTypesList} from './fragments.ts'

/**
 * Ids of published clinical documents whose text matches `$terms`, best first. Candidates only:
 * the data layer keeps those that pass the trust gate and shows their verified content.
 */
export const searchQuery = defineQuery(`*[
  _type in ${clinicalTypesList} &&
  (
    name match $terms ||
    title match $terms ||
    synonyms[] match $terms ||
    summary match $terms ||
    standfirst match $terms ||
    pt::text(body) match $terms
  )
] | score(
  boost(name match $terms, 4),
  boost(title match $terms, 4),
  boost(synonyms[] match $terms, 3),
  boost(summary match $terms, 2),
  boost(standfirst match $terms, 2),
  pt::text(body) match $terms
) | order(_score desc, _id asc)[0...50]._id`)
