import type {Metadata} from 'next'

export const metadata: Metadata = {
  title: 'Page not found',
  robots: {index: false, follow: true},
}

/** A helpful 404: also what readers see for content that is unpublished or not (yet) reviewed. */
export default function NotFound() {
  return (
    <div className="not-found">
      <h1>We can’t find that page</h1>
      <p>
        The page may have moved, or it may be waiting for a medical review: we only show pages a
        medical reviewer has signed off.
      </p>
      <form className="search-form" role="search" action="/search" method="get">
        <label htmlFor="not-found-q">Search conditions, treatments and articles</label>
        <div className="search-row">
          <input id="not-found-q" name="q" type="search" autoComplete="off" />
          <button type="submit">Search</button>
        </div>
      </form>
      <ul>
        <li>
          <a href="/#conditions">Browse conditions A–Z</a>
        </li>
        <li>
          <a href="/">Go to the home page</a>
        </li>
      </ul>
    </div>
  )
}
