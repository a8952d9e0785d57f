import {article} from './documents/article.ts'
import {citation} from './documents/citation.ts'
import {condition} from './documents/condition.ts'
import {medicalReview} from './documents/medicalReview.ts'
import {person} from './documents/person.ts'
import {siteSettings} from './documents/siteSettings.ts'
import {treatment} from './documents/treatment.ts'
import {evidenceLevel} from './objects/evidenceLevel.ts'
import {medicalCode} from './objects/medicalCode.ts'
import {richText} from './objects/richText.ts'

export {article, citation, condition, medicalReview, person, siteSettings, treatment}
export {evidenceLevel, medicalCode, richText}

/** Every schema type, for `schema.types` in the Studio config and for validation. */
export const schemaTypes = [
  condition,
  treatment,
  article,
  citation,
  person,
  siteSettings,
  medicalReview,
  richText,
  medicalCode,
  evidenceLevel,
]

/** Types that publish only with a medical sign-off. */
export const clinicalTypes = ['condition', 'treatment', 'article'] as const
export type ClinicalType = (typeof clinicalTypes)[number]
