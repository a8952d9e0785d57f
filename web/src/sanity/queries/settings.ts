import {defineQuery} from 'groq'

export const siteSettingsQuery = defineQuery(`*[_type == "siteSettings"] | order(_id asc)[0]{
  siteName,
  disclaimer,
  editorialPolicy,
  reportErrorEmail,
  defaultReviewIntervalMonths
}`)
