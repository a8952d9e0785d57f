import type {ArticlePage} from '../../sanity/types.ts'
import {ClinicalArticle} from './ClinicalArticle.tsx'

export function ArticleView({page, reportError}: {page: ArticlePage; reportError?: string}) {
  return (
    <ClinicalArticle page={page} eyebrow="Article" lede={page.standfirst} reportError={reportError}>
      {page.about.length > 0 ? (
        <nav className="about" aria-label="Related conditions and treatments">
          <p>
            About:{' '}
            {page.about.map((entry, index) => (
              <span key={entry.id}>
                {index > 0 ? ', ' : ''}
                <a href={entry.path}>{entry.title}</a>
              </span>
            ))}
          </p>
        </nav>
      ) : null}
    </ClinicalArticle>
  )
}
