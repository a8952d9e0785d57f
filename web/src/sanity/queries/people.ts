import {defineQuery} from 'groq'
import {personCardFields} from './fragments.ts'

export const personBySlugQuery = defineQuery(`*[_type == "person" && slug.current == $slug][0]{
  ${personCardFields},
  bio,
  sameAs,
  "credentialRecords": *[_type == "medicalReview" && subjectType == "person" && subject._ref == ^._id]
}`)
