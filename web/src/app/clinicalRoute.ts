import {reportErrorHref} from '../components/layout/reportErrorHref.ts'
import {env} from '../env.ts'
import {pathFor} from '../sanity/config.ts'
import {getSiteSettings} from '../sanity/fetch/settings.ts'
import type {ClinicalPage} from '../sanity/types.ts'

/** The "Report an error on this page" link, when the site has an address for reports. */
export async function reportErrorFor(page: ClinicalPage): Promise<string | undefined> {
  const {reportErrorEmail} = await getSiteSettings()
  if (!reportErrorEmail) return undefined
  return reportErrorHref(reportErrorEmail, {
    title: page.title,
    url: `${env.SITE_URL}${pathFor(page.type, page.slug)}`,
  })
}
