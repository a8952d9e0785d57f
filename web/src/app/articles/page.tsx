import type {Metadata} from 'next'
import {SummaryList} from '../../components/lists/SummaryList.tsx'
import {getClinicalIndex} from '../../sanity/fetch/clinicalIndex.ts'

// Rendered on every request Next sees, from the lake: the response cache in front of Next
// (web/server.ts) is the site's one cache, and a publish or takedown purges it.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  title: 'Articles',
  description: 'Every article on the site, each signed off by a credentialed medical reviewer.',
}

/** Every reviewed article, most recently reviewed first: only what passed the trust gate. */
export default async function ArticlesPage() {
  const {entries} = await getClinicalIndex()
  const articles = entries
    .filter((entry) => entry.type === 'article')
    .sort((a, b) => Date.parse(b.review.reviewedAt) - Date.parse(a.review.reviewedAt))
  return (
    <section aria-labelledby="articles-heading">
      <h1 id="articles-heading">Articles</h1>
      {articles.length > 0 ? (
        <SummaryList entries={articles} showType={false} />
      ) : (
        <p>No reviewed articles yet.</p>
      )}
    </section>
  )
}
