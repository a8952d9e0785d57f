import {formatAuthorList} from './authors.ts'
import {formatAmaDate} from './dates.ts'
import {doiUrl, normaliseDoi, pubmedUrl} from './identifiers.ts'
import type {CitationInput} from './types.ts'

/** A piece of a formatted reference: plain text, italic (journal or book title) or a link. */
export type ReferenceSegment =
  | {kind: 'text'; text: string}
  | {kind: 'italic'; text: string}
  | {kind: 'link'; text: string; href: string}

/** `text` is exactly the segments' texts joined, for places that cannot render italics. */
export type FormattedReference = {text: string; segments: ReferenceSegment[]}

/**
 * An AMA (11th ed.) reference-list entry:
 * `Author AA, Author BB. Title. J Abbrev. Year;Vol(Issue):pages. doi:10.…` for articles,
 * `Author. Title. Site. Published Year. Accessed Month Day, Year. URL` for websites,
 * `Author. *Title*. Publisher; Year.` for books (the publisher is kept in `journal`).
 */
export function formatAmaReference(citation: CitationInput): FormattedReference {
  const out = new SegmentBuilder()
  const authors = formatAuthorList(citation.authors ?? [])
  if (authors) out.text(`${authors}. `)
  const kind = referenceKind(citation)
  if (kind === 'book') formatBook(citation, out)
  else if (kind === 'website') formatWebsite(citation, out)
  else formatArticle(citation, out)
  return out.build()
}

function referenceKind(citation: CitationInput): 'article' | 'website' | 'book' {
  if (citation.publicationType === 'book') return 'book'
  if (citation.publicationType === 'website') return 'website'
  const hasJournalSource = Boolean(present(citation.volume) || present(citation.pages))
  if (!hasJournalSource && !present(citation.doi) && present(citation.url)) return 'website'
  return 'article'
}

function formatArticle(citation: CitationInput, out: SegmentBuilder): void {
  const title = sentence(citation.title)
  if (title) out.text(`${title} `)
  const journal = present(citation.journal)?.replace(/\.$/, '')
  if (journal) {
    out.italic(journal)
    out.text('. ')
  }
  const source = sourceLine(citation)
  if (source) out.text(`${source}. `)
  formatLocator(citation, out)
}

function formatWebsite(citation: CitationInput, out: SegmentBuilder): void {
  const title = sentence(citation.title)
  if (title) out.text(`${title} `)
  const site = sentence(citation.journal)
  if (site) out.text(`${site} `)
  if (citation.year) out.text(`Published ${citation.year}. `)
  formatLocator(citation, out)
}

function formatBook(citation: CitationInput, out: SegmentBuilder): void {
  const title = present(citation.title)?.replace(/\.$/, '')
  if (title) {
    out.italic(title)
    out.text(/[?!]$/.test(title) ? ' ' : '. ')
  }
  const publisher = present(citation.journal)?.replace(/\.$/, '')
  const year = citation.year ? String(citation.year) : undefined
  const imprint = [publisher, year].filter(Boolean).join('; ')
  if (imprint) out.text(`${imprint}. `)
  formatLocator(citation, out)
}

/** "1996;21(17):2048-2055": year, volume, issue and pages, whichever are known. */
function sourceLine(citation: CitationInput): string {
  const volume = present(citation.volume)
  const issue = present(citation.issue)
  const pages = present(citation.pages)?.replace(/\s*[–—-]\s*/g, '-')
  let locator = `${volume ?? ''}${issue ? `(${issue})` : ''}`
  if (pages) locator = locator ? `${locator}:${pages}` : pages
  const year = citation.year ? String(citation.year) : ''
  if (year && locator) return `${year};${locator}`
  return year || locator
}

/** DOI first (AMA prefers it), else the URL with its access date, else the PubMed record. */
function formatLocator(citation: CitationInput, out: SegmentBuilder): void {
  const rawDoi = present(citation.doi)
  const doi = rawDoi ? (normaliseDoi(rawDoi) ?? rawDoi) : undefined
  const url = present(citation.url)
  const pmid = citation.pmid == null ? undefined : present(String(citation.pmid))
  if (doi) {
    out.text('doi:')
    out.link(doi, doiUrl(doi))
  } else if (url) {
    const accessed = present(citation.accessed)
    if (accessed) out.text(`Accessed ${formatAmaDate(accessed)}. `)
    out.link(url, url)
  } else if (pmid) {
    out.text('PMID: ')
    out.link(pmid, pubmedUrl(pmid))
  }
}

/** The title as given, ending in one full stop (or its own ? or !). */
function sentence(value: string | null | undefined): string | undefined {
  const text = present(value)?.replace(/\.+$/, '')
  if (!text) return undefined
  return /[?!]$/.test(text) ? text : `${text}.`
}

function present(value: string | null | undefined): string | undefined {
  const text = value?.trim().replace(/\s+/g, ' ')
  return text ? text : undefined
}

class SegmentBuilder {
  private readonly segments: ReferenceSegment[] = []

  text(text: string): void {
    const last = this.segments.at(-1)
    if (last?.kind === 'text') last.text += text
    else this.segments.push({kind: 'text', text})
  }

  italic(text: string): void {
    this.segments.push({kind: 'italic', text})
  }

  link(text: string, href: string): void {
    this.segments.push({kind: 'link', text, href})
  }

  build(): FormattedReference {
    const last = this.segments.at(-1)
    if (last?.kind === 'text') last.text = last.text.trimEnd()
    const segments = this.segments.filter((segment) => segment.text.length > 0)
    return {text: segments.map((segment) => segment.text).join(''), segments}
  }
}
