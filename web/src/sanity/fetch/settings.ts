import 'server-only'
import {cache} from 'react'
import {z} from 'zod'
import {siteSettingsQuery} from '../queries/settings.ts'
import {optionalText, richText} from '../reshape/fields.ts'
import {cacheTags} from '../tags.ts'
import type {SiteSettings} from '../types.ts'
import {readPublished} from './read.ts'

/**
 * Used only while `siteSettings` is not published: the footer must never go without telling
 * readers that the site is not a substitute for professional advice.
 */
const fallbackDisclaimer =
  'The information on this site is not a substitute for professional medical advice, diagnosis ' +
  'or treatment. Always ask a doctor or other qualified health professional about a medical ' +
  'condition. If you think you may have a medical emergency, call your local emergency number.'

const settingsSchema = z.object({
  siteName: optionalText,
  disclaimer: optionalText,
  editorialPolicy: richText,
  reportErrorEmail: optionalText,
  defaultReviewIntervalMonths: z.unknown(),
})

export const getSiteSettings = cache(async (): Promise<SiteSettings> => {
  const raw = await readPublished(siteSettingsQuery, {}, [cacheTags.siteSettings])
  const parsed = settingsSchema.safeParse(raw ?? {})
  if (!parsed.success || !raw) {
    console.warn('[site settings] no published siteSettings document: using safe defaults')
  }
  const settings = parsed.success ? parsed.data : settingsSchema.parse({})
  const months = settings.defaultReviewIntervalMonths
  return {
    siteName: settings.siteName ?? 'Vetted',
    disclaimer: settings.disclaimer ?? fallbackDisclaimer,
    editorialPolicy: settings.editorialPolicy,
    reportErrorEmail: settings.reportErrorEmail?.includes('@')
      ? settings.reportErrorEmail
      : undefined,
    defaultReviewIntervalMonths: typeof months === 'number' && months > 0 ? months : 12,
  }
})
