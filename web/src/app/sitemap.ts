import type {MetadataRoute} from 'next'
import {env} from '../env.ts'
import {getClinicalIndex} from '../sanity/fetch/clinicalIndex.ts'
import {getCreditedPeopleSlugs} from '../sanity/fetch/people.ts'

export const revalidate = 3600

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
