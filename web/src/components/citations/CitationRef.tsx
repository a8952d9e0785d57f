import {referenceId} from './numberCitations.ts'

function isNumbered(value: unknown): value is {number: number; anchorId: string} {
  if (!value || typeof value !== 'object') return false
  const {number, anchorId} = value as {number?: unknown; anchorId?: unknown}
  return typeof number === 'number' && typeof anchorId === 'string'
}

/** A superscript source number after the cited words, linked to the reference list. */
export function CitationRef({value}: {value: unknown}) {
  if (!isNumbered(value)) return null
  return (
    <sup className="citation">
      <a
        id={value.anchorId}
        href={`#${referenceId(value.number)}`}
        aria-label={`Source ${value.number}`}
      >
        {value.number}
      </a>
    </sup>
  )
}
