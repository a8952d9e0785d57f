import {SummaryList} from '../components/lists/SummaryList.tsx'
import {ConditionsAtoZ} from '../components/lists/ConditionsAtoZ.tsx'
import {getClinicalIndex} from '../sanity/fetch/clinicalIndex.ts'
import {getSiteSettings} from '../sanity/fetch/settings.ts'

// Rendered on every request Next sees, from the lake: the response cache in front of Next
// (web/server.ts) is the site's one cache, and a publish or takedown purges it.
export const dynamic = 'force-dynamic'

const recentCount = 6

export default async function HomePage() {
  const [{entries}, settings] = await Promise.all([getClinicalIndex(), getSiteSettings()])
  const recent = [...entries]
    .sort((a, b) => Date.parse(b.review.reviewedAt) - Date.parse(a.review.reviewedAt))
    .slice(0, recentCount)
  const conditions = entries.filter((entry) => entry.type === 'condition')
  const treatments = entries.filter((entry) => entry.type === 'treatment')
  const articles = entries.filter((entry) => entry.type === 'article')
  return (
    <div className="home">
      <section className="intro" aria-labelledby="intro-heading">
        <h1 id="intro-heading">Health information you can check</h1>
        <p className="lede">
          Every page on {settings.siteName} is written by clinical editors, signed off by a
          credentialed medical reviewer, and numbers the sources behind its claims.{' '}
          <a href="/editorial-policy">How we review</a>
        </p>
      </section>

      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading">Recently reviewed</h2>
        {recent.length > 0 ? <SummaryList entries={recent} /> : <p>No reviewed pages yet.</p>}
      </section>

      <section id="conditions" aria-labelledby="conditions-heading">
        <h2 id="conditions-heading">Conditions A–Z</h2>
        <ConditionsAtoZ conditions={conditions} />
      </section>

      <section id="treatments" aria-labelledby="treatments-heading">
        <h2 id="treatments-heading">Treatments</h2>
        {treatments.length > 0 ? (
          <SummaryList entries={treatments} showType />
        ) : (
          <p>No reviewed treatments yet.</p>
        )}
      </section>

      <section id="articles" aria-labelledby="articles-heading">
        <h2 id="articles-heading">Articles</h2>
        {articles.length > 0 ? (
          <SummaryList entries={articles} showType={false} />
        ) : (
          <p>No reviewed articles yet.</p>
        )}
      </section>
    </div>
  )
}
