import {env} from '../../env.ts'
import {reviewFeed} from '../../feed/atom.ts'
import {getClinicalIndex} from '../../sanity/fetch/clinicalIndex.ts'
import {getSiteSettings} from '../../sanity/fetch/settings.ts'

// Rendered on every request Next sees, from the lake: the response cache in front of Next
// (web/server.ts) is the site's one cache, and a publish or takedown purges it.
export const dynamic = 'force-dynamic'

export async function GET() {
  const [{entries}, {siteName}] = await Promise.all([getClinicalIndex(), getSiteSettings()])
  return new Response(reviewFeed({siteUrl: env.SITE_URL, siteName, entries}), {
    headers: {'Content-Type': 'application/atom+xml; charset=utf-8'},
  })
}
