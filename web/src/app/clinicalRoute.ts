import {reportErrorHref} from '../components/layout/reportErrorHref.ts'
import {env} from '../env.ts'
import {pathFor, type ClinicalType} from '../sanity/config.ts'
import {getClinicalIndex} from '../sanity/fetch/clinicalIndex.ts'
import {getSiteSettings} from '../sanity/fetch/settings.ts'
import type {ClinicalPage} from '../sanity/types.ts'

/** Slugs of the approved documents of `type`: prerendered at build, the rest on first visit. */
export async function approvedSlugs(type: ClinicalType): Promise<{slug: string}[]> {
  const {entries} = await getClinicalIndex()
  return entries.filter((entry) => entry.type === type).map((entry) => ({slug: entry.slug}))
}

/** The "Report an error on this page" link, when the site has an address for reports. */
export async function reportErrorFor(page: ClinicalPage): Promise<string | undefined> {
  const {reportErrorEmail} = await getSiteSettings()
  if (!reportErrorEmail) return undefined
  return reportErrorHref(reportErrorEmail, {
    title: page.title,
    url: `${env.SITE_URL}${pathFor(page.type, page.slug)}`,
  })
}
