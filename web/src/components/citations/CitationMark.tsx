import type {ReactNode} from 'react'
import {referenceId} from './numberCitations.ts'

function isNumbered(mark: unknown): mark is {number: number; anchorId: string} {
  if (!mark || typeof mark !== 'object') return false
  const {number, anchorId} = mark as {number?: unknown; anchorId?: unknown}
  return typeof number === 'number' && typeof anchorId === 'string'
}

/** The cited text followed by its superscript source number, linked to the reference list. */
export function CitationMark({mark, children}: {mark: unknown; children: ReactNode}) {
  if (!isNumbered(mark)) return <>{children}</>
  return (
    <>
      {children}
      <sup className="citation">
        <a
          id={mark.anchorId}
          href={`#${referenceId(mark.number)}`}
          aria-label={`Source ${mark.number}`}
        >
          {mark.number}
        </a>
      </sup>
    </>
  )
}
