import type {Metadata} from 'next'
import {SummaryList} from '../../components/lists/SummaryList.tsx'
import {searchContent} from '../../sanity/fetch/search.ts'

export const metadata: Metadata = {
  title: 'Search',
  robots: {index: false, follow: true},
}

interface Props {
  searchParams: Promise<{q?: string | string[]}>
}

export default async function SearchPage({searchParams}: Props) {
  const raw = (await searchParams).q
  const query = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 200) ?? ''
  const results = query ? await searchContent(query) : []
  return (
    <div className="search-page">
      <h1>Search</h1>
      <form className="search-form" role="search" action="/search" method="get">
        <label htmlFor="search-q">Search conditions, treatments and articles</label>
        <div className="search-row">
          <input id="search-q" name="q" type="search" defaultValue={query} autoComplete="off" />
          <button type="submit">Search</button>
        </div>
      </form>
      {query ? (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">
            {results.length === 0
              ? `No reviewed pages match “${query}”`
              : `${results.length} reviewed ${results.length === 1 ? 'page matches' : 'pages match'} “${query}”`}
          </h2>
          {results.length > 0 ? (
            <SummaryList entries={results} />
          ) : (
            <p>
              Try a different word, or browse the <a href="/#conditions">conditions A–Z</a>.
            </p>
          )}
        </section>
      ) : null}
    </div>
  )
}
