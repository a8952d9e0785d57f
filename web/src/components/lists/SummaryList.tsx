import {formatDate, isoDate} from '../../format/dates.ts'
import type {ClinicalSummary} from '../../sanity/types.ts'
import {EvidenceBadge} from '../clinical/EvidenceBadge.tsx'

const typeLabels: Record<ClinicalSummary['type'], string> = {
  condition: 'Condition',
  treatment: 'Treatment',
  article: 'Article',
}

function kindLabel(entry: ClinicalSummary): string {
  if (entry.type === 'treatment' && entry.kind) {
    return `${typeLabels.treatment} · ${entry.kind.replace('-', ' ')}`
  }
  return typeLabels[entry.type]
}

/** Approved content as a list of cards: what it is, a line about it, and when it was reviewed. */
export function SummaryList({
  entries,
  showType = true,
}: {
  entries: ClinicalSummary[]
  showType?: boolean
}) {
  return (
    <ul className="summary-list">
      {entries.map((entry) => (
        <li key={entry.id} className="summary">
          <h3 className="summary-title">
            <a href={entry.path}>{entry.title}</a>
          </h3>
          {showType ? <p className="summary-type">{kindLabel(entry)}</p> : null}
          {entry.description ? <p className="summary-description">{entry.description}</p> : null}
          <p className="summary-meta">
            {entry.evidence ? (
              <>
                <EvidenceBadge evidence={entry.evidence} />{' '}
              </>
            ) : null}
            Reviewed{' '}
            <time dateTime={isoDate(entry.review.reviewedAt)}>
              {formatDate(entry.review.reviewedAt)}
            </time>{' '}
            by {entry.review.reviewer.name}
          </p>
        </li>
      ))}
    </ul>
  )
}
