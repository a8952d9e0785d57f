import type {Metadata} from 'next'
import {numberCitations} from '../../components/citations/numberCitations.ts'
import {reportErrorHref} from '../../components/layout/reportErrorHref.ts'
import {RichText} from '../../components/richText/RichText.tsx'
import {getClinicalIndex} from '../../sanity/fetch/clinicalIndex.ts'
import {getSiteSettings} from '../../sanity/fetch/settings.ts'
import {nameWithCredentials} from '../../sanity/reshape/people.ts'

// Rendered on every request Next sees, from the lake: the response cache in front of Next
// (web/server.ts) is the site's one cache, and a publish or takedown purges it.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  title: 'Editorial policy',
  description: 'How our content is written, fact-checked and medically reviewed.',
  alternates: {canonical: '/editorial-policy'},
}

export default async function EditorialPolicyPage() {
  const [settings, {entries}] = await Promise.all([getSiteSettings(), getClinicalIndex()])
  const reviewers = new Map(
    entries.map((entry) => [entry.review.reviewer.personId, entry.review.reviewer]),
  )
  const policy = numberCitations(settings.editorialPolicy, []).body
  return (
    <article className="policy">
      <h1>Editorial policy</h1>
      {policy.length > 0 ? (
        <div className="prose">
          <RichText value={policy} />
        </div>
      ) : null}
      <section aria-labelledby="verification-heading">
        <h2 id="verification-heading">How this site checks every page</h2>
        <p>
          A page appears here only when a credentialed medical reviewer has signed off exactly the
          version you are reading. Each sign-off is a digitally signed record: if the page changes
          after review, it is taken off the site until it is reviewed again. Every page shows who
          reviewed it, when, and when its next review is due. Reviews are due at least every{' '}
          {settings.defaultReviewIntervalMonths} months; a page past its due date carries a notice
          until it is checked again.
        </p>
      </section>
      {reviewers.size > 0 ? (
        <section aria-labelledby="reviewers-heading">
          <h2 id="reviewers-heading">Our medical reviewers</h2>
          <ul>
            {[...reviewers.values()].map((reviewer) => (
              <li key={reviewer.personId}>
                {reviewer.slug ? (
                  <a href={`/reviewers/${encodeURIComponent(reviewer.slug)}`}>
                    {nameWithCredentials(reviewer)}
                  </a>
                ) : (
                  nameWithCredentials(reviewer)
                )}
                {reviewer.specialty ? `, ${reviewer.specialty}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {settings.reportErrorEmail ? (
        <section aria-labelledby="errors-heading">
          <h2 id="errors-heading">Reporting an error</h2>
          <p>
            If you think something on this site is wrong,{' '}
            <a href={reportErrorHref(settings.reportErrorEmail)}>email our editors</a>. We check
            every report and correct errors through the same review process.
          </p>
        </section>
      ) : null}
    </article>
  )
}
