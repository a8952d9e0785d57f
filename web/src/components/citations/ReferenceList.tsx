import {formatAmaReference, type ReferenceSegment} from '@vetted/schemas/citations'
import type {Citation} from '../../sanity/types.ts'
import {safeHref} from '../richText/safeHref.ts'
import {referenceId, type NumberedReference} from './numberCitations.ts'

const backLinkLetters = 'abcdefghijklmnopqrstuvwxyz'

function Segment({segment}: {segment: ReferenceSegment}) {
  if (segment.kind === 'italic') return <i>{segment.text}</i>
  if (segment.kind === 'text') return <>{segment.text}</>
  const target = safeHref(segment.href)
  return target ? <a href={target.href}>{segment.text}</a> : <>{segment.text}</>
}

function evidenceLabel(citation: Citation): string | undefined {
  const evidence = citation.evidence
  if (!evidence) return undefined
  const grade = evidence.system === 'GRADE' ? evidence.grade.replace('-', ' ') : evidence.grade
  return `Evidence: ${evidence.system} ${grade}`
}

/** One AMA reference, with identifiers the AMA string leaves out (PubMed, PMC) linked too. */
export function FormattedReference({citation}: {citation: Citation}) {
  const {segments} = formatAmaReference(citation)
  const linked = new Set(
    segments.flatMap((segment) => (segment.kind === 'link' ? segment.href : [])),
  )
  const pubmed = citation.pmid ? `https://pubmed.ncbi.nlm.nih.gov/${citation.pmid}/` : undefined
  const pmc = citation.pmcid
    ? `https://pmc.ncbi.nlm.nih.gov/articles/${citation.pmcid}/`
    : undefined
  const evidence = evidenceLabel(citation)
  return (
    <>
      {citation.retracted ? <strong className="badge badge-warning">Retracted </strong> : null}
      {segments.map((segment, index) => (
        <Segment key={index} segment={segment} />
      ))}
      {pubmed && !linked.has(pubmed) ? (
        <>
          {' '}
          <a href={pubmed}>PMID: {citation.pmid}</a>
        </>
      ) : null}
      {pmc ? (
        <>
          {' '}
          <a href={pmc}>{citation.pmcid}</a>
        </>
      ) : null}
      {evidence ? <span className="evidence"> {evidence}.</span> : null}
    </>
  )
}

function BackLinks({reference}: {reference: NumberedReference}) {
  const {anchorIds, number} = reference
  if (anchorIds.length === 1) {
    return (
      <a
        className="backlink"
        href={`#${anchorIds[0]}`}
        aria-label={`Back to the text citing source ${number}`}
      >
        ↩
      </a>
    )
  }
  return (
    <span className="backlink">
      ↩{' '}
      {anchorIds.map((anchorId, index) => (
        <a
          key={anchorId}
          href={`#${anchorId}`}
          aria-label={`Back to citation ${index + 1} of source ${number} in the text`}
        >
          {backLinkLetters[index] ?? index + 1}
        </a>
      ))}
    </span>
  )
}

/** The numbered AMA reference list, each entry linking back to where the text cites it. */
export function ReferenceList({
  references,
  uncited,
}: {
  references: NumberedReference[]
  uncited: Citation[]
}) {
  if (references.length === 0 && uncited.length === 0) return null
  return (
    <section className="references" aria-labelledby="references-heading">
      <h2 id="references-heading">{references.length > 0 ? 'References' : 'Sources'}</h2>
      {references.length > 0 ? (
        <ol>
          {references.map((reference) => (
            <li
              key={reference.citation.id}
              id={referenceId(reference.number)}
              value={reference.number}
            >
              <FormattedReference citation={reference.citation} />{' '}
              <BackLinks reference={reference} />
            </li>
          ))}
        </ol>
      ) : null}
      {uncited.length > 0 ? (
        <>
          {references.length > 0 ? <h3>Further sources</h3> : null}
          <ul>
            {uncited.map((citation) => (
              <li key={citation.id}>
                <FormattedReference citation={citation} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
