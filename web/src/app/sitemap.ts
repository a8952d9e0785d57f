import type {MetadataRoute} from 'next'
import {env} from '../env.ts'
import {getClinicalIndex} from '../sanity/fetch/clinicalIndex.ts'
import {getCreditedPeopleSlugs} from '../sanity/fetch/people.ts'

// Rendered on every request Next sees, from the lake: the response cache in front of Next
// (web/server.ts) is the site's one cache, and a publish or takedown purges it.
export const dynamic = 'force-dynamic'

/** Approved pages only; overdue ones are `noindex` until re-reviewed, so they are left out too. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const {entries} = await getClinicalIndex()
  const pages = entries
    .filter((entry) => !entry.review.overdue)
    .map((entry) => ({
      url: `${env.SITE_URL}${entry.path}`,
      lastModified: entry.review.reviewedAt,
    }))
  const people = (await getCreditedPeopleSlugs()).map((slug) => ({
    url: `${env.SITE_URL}/reviewers/${encodeURIComponent(slug)}`,
  }))
  return [
    {url: `${env.SITE_URL}/`},
    {url: `${env.SITE_URL}/articles`},
    {url: `${env.SITE_URL}/editorial-policy`},
    ...pages,
    ...people,
  ]
}
