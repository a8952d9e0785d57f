import type {ConditionPage} from '../../sanity/types.ts'
import {SummaryList} from '../lists/SummaryList.tsx'
import {ClinicalArticle, ListSection} from './ClinicalArticle.tsx'
import {EvidenceBadge} from './EvidenceBadge.tsx'

function RedFlags({items}: {items: string[]}) {
  if (items.length === 0) return null
  return (
    <section className="callout callout-urgent" aria-labelledby="red-flags">
      <h2 id="red-flags">When to see a doctor</h2>
      <p>Get medical help straight away if you have any of these:</p>
      <ul>
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    </section>
  )
}

export function ConditionView({page, reportError}: {page: ConditionPage; reportError?: string}) {
  const eyebrow = page.code ? (
    <>
      Condition ·{' '}
      <abbr title="International Classification of Diseases, 10th revision, Clinical Modification">
        ICD-10-CM
      </abbr>{' '}
      {page.code.code}
      {page.code.label ? ` (${page.code.label})` : ''}
    </>
  ) : (
    'Condition'
  )
  return (
    <ClinicalArticle
      page={page}
      eyebrow={eyebrow}
      lede={page.summary}
      reportError={reportError}
      after={
        page.articles.length > 0 ? (
          <section aria-labelledby="related-articles">
            <h2 id="related-articles">Articles about {page.title.toLowerCase()}</h2>
            <SummaryList entries={page.articles} showType={false} />
          </section>
        ) : null
      }
    >
      {page.synonyms.length > 0 ? (
        <p className="synonyms">Also called: {page.synonyms.join(', ')}</p>
      ) : null}
      <ListSection id="symptoms" title="Symptoms" items={page.symptoms} />
      <RedFlags items={page.redFlags} />
      <ListSection id="causes" title="Causes" items={page.causes} />
      <ListSection id="risk-factors" title="Risk factors" items={page.riskFactors} />
      {page.treatments.length > 0 ? (
        <section aria-labelledby="treatments">
          <h2 id="treatments">Treatments</h2>
          <ul className="treatment-list">
            {page.treatments.map((treatment) => (
              <li key={treatment.id}>
                <a href={treatment.path}>{treatment.title}</a>
                {treatment.kind ? (
                  <span className="kind"> · {treatment.kind.replace('-', ' ')}</span>
                ) : null}
                {treatment.evidence ? (
                  <>
                    {' '}
                    <EvidenceBadge evidence={treatment.evidence} />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </ClinicalArticle>
  )
}
