import type {TreatmentPage} from '../../sanity/types.ts'
import {SummaryList} from '../lists/SummaryList.tsx'
import {ClinicalArticle, ListSection} from './ClinicalArticle.tsx'
import {EvidenceBadge} from './EvidenceBadge.tsx'

const kindLabels: Record<NonNullable<TreatmentPage['kind']>, string> = {
  medication: 'Medication',
  procedure: 'Procedure',
  therapy: 'Therapy',
  'self-care': 'Self-care',
}

export function TreatmentView({page, reportError}: {page: TreatmentPage; reportError?: string}) {
  return (
    <ClinicalArticle
      page={page}
      eyebrow={page.kind ? `Treatment · ${kindLabels[page.kind]}` : 'Treatment'}
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
      {page.evidence ? (
        <section aria-labelledby="evidence">
          <h2 id="evidence">Strength of evidence</h2>
          <p>
            <EvidenceBadge evidence={page.evidence} />
          </p>
          {page.evidence.summary ? <p>{page.evidence.summary}</p> : null}
        </section>
      ) : null}
      {page.conditions.length > 0 ? (
        <section aria-labelledby="used-for">
          <h2 id="used-for">Used for</h2>
          <ul>
            {page.conditions.map((condition) => (
              <li key={condition.id}>
                <a href={condition.path}>{condition.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {page.howItWorks ? (
        <section aria-labelledby="how-it-works">
          <h2 id="how-it-works">How it works</h2>
          <p>{page.howItWorks}</p>
        </section>
      ) : null}
      <ListSection id="benefits" title="Benefits" items={page.benefits} />
      <ListSection id="risks" title="Risks" items={page.risks} />
      <ListSection id="side-effects" title="Side effects" items={page.sideEffects} />
      <ListSection
        id="contraindications"
        title="Who should not have it"
        items={page.contraindications}
      />
    </ClinicalArticle>
  )
}
