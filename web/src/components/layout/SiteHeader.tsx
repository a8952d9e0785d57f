/** Site header: skip link, name, main sections and a search box that works without JavaScript. */
export function SiteHeader({siteName}: {siteName: string}) {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <div className="site-header-inner">
        <a className="site-name" href="/">
          {siteName}
        </a>
        <nav aria-label="Main">
          <ul>
            <li>
              <a href="/#conditions">Conditions A–Z</a>
            </li>
            <li>
              <a href="/#treatments">Treatments</a>
            </li>
            <li>
              <a href="/articles">Articles</a>
            </li>
            <li>
              <a href="/editorial-policy">How we review</a>
            </li>
          </ul>
        </nav>
        <form className="site-search" role="search" action="/search" method="get">
          <label htmlFor="site-search-q" className="visually-hidden">
            Search conditions, treatments and articles
          </label>
          <input
            id="site-search-q"
            name="q"
            type="search"
            placeholder="Search"
            autoComplete="off"
          />
          <button type="submit">Search</button>
        </form>
      </div>
    </header>
  )
}
