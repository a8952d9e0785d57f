import type {ReactNode} from 'react'
import type {ClinicalPage} from '../../sanity/types.ts'
import {numberCitations} from '../citations/numberCitations.ts'
import {ReferenceList} from '../citations/ReferenceList.tsx'
import {DraftBanner} from '../review/DraftBanner.tsx'
import {OverdueNotice} from '../review/OverdueNotice.tsx'
import {ReviewCredit} from '../review/ReviewCredit.tsx'
import {RichText} from '../richText/RichText.tsx'

/**
 * The frame every clinical page shares: title, review credit (and overdue notice), the
 * page's own sections, the body with numbered sources, the reference list, and error reporting.
 */
export function ClinicalArticle({
  page,
  eyebrow,
  lede,
  children,
  after,
  reportError,
}: {
  page: ClinicalPage
  eyebrow: ReactNode
  lede?: string
  children?: ReactNode
  after?: ReactNode
  reportError?: string
}) {
  const {body, references, uncited} = numberCitations(page.body, page.citations)
  return (
    <article className={`clinical clinical-${page.type}`}>
      {page.isDraft ? <DraftBanner /> : null}
      <header className="clinical-header">
        <p className="eyebrow">{eyebrow}</p>
        <h1>{page.title}</h1>
        {lede ? <p className="lede">{lede}</p> : null}
        <ReviewCredit review={page.review} authors={page.authors} />
        <OverdueNotice review={page.review} />
      </header>
      {children}
      {body.length > 0 ? (
        <div className="prose">
          <RichText value={body} />
        </div>
      ) : null}
      {after}
      <ReferenceList references={references} uncited={uncited} />
      {reportError ? (
        <p className="report-error">
          Spotted something wrong? <a href={reportError}>Report an error on this page</a>.
        </p>
      ) : null}
    </article>
  )
}

/** A titled list section; nothing at all when the list is empty. */
export function ListSection({id, title, items}: {id: string; title: string; items: string[]}) {
  if (items.length === 0) return null
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul>
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    </section>
  )
}
