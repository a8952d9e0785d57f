import {env} from '../../env.ts'
import {reviewFeed} from '../../feed/atom.ts'
import {getClinicalIndex} from '../../sanity/fetch/clinicalIndex.ts'
import {getSiteSettings} from '../../sanity/fetch/settings.ts'

export const dynamic = 'force-static'
export const revalidate = 3600

export async function GET() {
  const [{entries}, {siteName}] = await Promise.all([getClinicalIndex(), getSiteSettings()])
  return new Response(reviewFeed({siteUrl: env.SITE_URL, siteName, entries}), {
    headers: {'Content-Type': 'application/atom+xml; charset=utf-8'},
  })
}
