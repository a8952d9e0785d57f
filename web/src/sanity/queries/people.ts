import {defineQuery} from 'groq'
import {personCardFields} from './fragments.ts'

export const personBySlugQuery = defineQuery(`*[_type == "person" && slug.current == $slug][0]{
  ${personCardFields},
  bio,
  isReviewer,
  credentialExpiry,
  licence,
  sameAs
}`)
