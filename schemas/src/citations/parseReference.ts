import {readAuthorList} from './authors.ts'
import {ReferenceParseError} from './errors.ts'
import {extractLocators, type Locators} from './locators.ts'
import {findSource, type SourceMatch} from './source.ts'
import {numberedReferences} from './splitReferenceList.ts'
import type {CitationField, ParsedCitation} from './types.ts'

export type ParsedReference = {
  ok: true
  citation: ParsedCitation
  /** Fields a reference of this kind normally has that were not found, for the editor to fill. */
  missing: CitationField[]
  /** Text that was not assigned to any field (e.g. "Review.", "Erratum in: …"). */
  unrecognised: string[]
}

export type ReferenceParseFailure = {ok: false; error: ReferenceParseError}

export type ReferenceParseResult = ParsedReference | ReferenceParseFailure

const ARTICLE_FIELDS: CitationField[] = [
  'authors',
  'title',
  'journal',
  'year',
  'volume',
  'issue',
  'pages',
]
const WEBSITE_FIELDS: CitationField[] = ['title', 'url', 'accessed']
const EXAMPLE =
  'Cherkin DC, Sherman KJ, Avins AL, et al. A randomized trial comparing acupuncture, simulated acupuncture, and usual care for chronic low back pain. Arch Intern Med. 2009;169(9):858-866.'
/** Words that mark the first sentence of a reference as an organisation writing as author. */
const GROUP_AUTHOR =
  /\b(?:Association|Academy|Society|College|Organi[sz]ation|Institutes?|Centers?|Centres?|Group|Collaborat\w*|Committee|Council|Agency|Department|Foundation|Network|Consortium|Task Force|Panel|Board|Service|Ministry)\b/

/**
 * Reads one pasted AMA or Vancouver reference into citation fields, offline. Never throws:
 * text that is not a reference comes back as `{ok: false, error}` whose message says what to
 * paste instead.
 */
export function parseReference(input: unknown): ReferenceParseResult {
  if (typeof input !== 'string') {
    return fail(
      'not-text',
      '',
      `A reference must be text, not ${describe(input)}. Paste the reference itself.`,
    )
  }
  const numbered = numberedReferences(input)
  if (numbered && numbered.length > 1) {
    return fail(
      'several-references',
      input,
      `This looks like a list of ${numbered.length} references. Paste one reference at a time.`,
    )
  }
  const text = (numbered?.[0] ?? input).replace(/\s+/g, ' ').trim()
  if (!text) {
    return fail('empty', input, `Nothing to read: paste one reference, for example “${EXAMPLE}”`)
  }
  const locators = extractLocators(text)
  const source = findSource(locators.rest)
  const hasIdentifier = Boolean(locators.doi || locators.pmid || locators.pmcid)
  if (!source && !locators.url && !hasIdentifier) {
    return fail(
      'unrecognised',
      input,
      `Could not read “${excerpt(text)}” as a reference: it has no “Year;Volume(Issue):Pages” part, DOI, PMID or URL. Paste one AMA or Vancouver reference, for example “${EXAMPLE}”, or just its DOI or PMID.`,
    )
  }
  return source ? readArticle(locators, source) : readOther(locators)
}

function readArticle(locators: Locators, source: SourceMatch): ParsedReference {
  const {rest} = locators
  const head = splitHead(rest.slice(0, source.start), 'article')
  const citation = compact({
    authors: head.authors,
    title: head.title,
    journal: head.container,
    year: source.year,
    volume: source.volume,
    issue: source.issue,
    pages: source.pages,
    ...identifiersOf(locators),
    publicationType: 'journal-article' as const,
  })
  const tail = rest
    .slice(source.end)
    .replace(/^[\s.;,]+/, '')
    .trim()
  return result(citation, ARTICLE_FIELDS, [...head.unrecognised, ...(tail ? [tail] : [])])
}

function readOther(locators: Locators): ParsedReference {
  const {rest, publishedYear} = locators
  const isWebsite = Boolean(locators.url) && !locators.doi && !locators.pmid
  const head = splitHead(rest, isWebsite ? 'website' : 'article')
  const citation = compact({
    authors: head.authors,
    title: head.title,
    journal: head.container,
    year: publishedYear,
    ...identifiersOf(locators),
    publicationType: isWebsite ? ('website' as const) : undefined,
  })
  return result(citation, isWebsite ? WEBSITE_FIELDS : ARTICLE_FIELDS, head.unrecognised)
}

function identifiersOf({doi, pmid, pmcid, url, accessed}: Locators): Partial<ParsedCitation> {
  return {doi, pmid, pmcid, url, accessed}
}

type Head = {authors: string[]; title?: string; container?: string; unrecognised: string[]}

/** Authors, title and journal (or site) from the text before the publication details. */
function splitHead(text: string, kind: 'article' | 'website'): Head {
  const trimmed = text.trim()
  if (!trimmed) return {authors: [], unrecognised: []}
  const people = readAuthorList(`${trimmed} `)
  let sentences = splitSentences(people ? people.rest : trimmed)
  let authors = people?.authors ?? []
  const first = sentences[0]
  if (!people && first && sentences.length >= 3 && GROUP_AUTHOR.test(first)) {
    authors = [first]
    sentences = sentences.slice(1)
  }
  if (kind === 'website') {
    const [title, site, ...extra] = sentences
    return {authors, title, container: site, unrecognised: extra}
  }
  if (sentences.length === 1) return {authors, title: sentences[0], unrecognised: []}
  const journalStart = journalStartIndex(sentences)
  return {
    authors,
    title: sentences.slice(0, journalStart).join('. ') || undefined,
    container: sentences.slice(journalStart).join('. ') || undefined,
    unrecognised: [],
  }
}

/**
 * The journal is the last sentence; an older dotted abbreviation ("J. Bone Joint Surg.")
 * pulls in the one-word sentences before it.
 */
function journalStartIndex(sentences: string[]): number {
  let start = sentences.length - 1
  while (start > 1 && /^\p{Lu}[\p{L}]{0,4}$/u.test(sentences[start - 1] ?? '')) start -= 1
  return start
}

function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.?!])\s+(?=\S)/)
    .map((sentence) =>
      sentence
        .trim()
        .replace(/\s*\[Internet\]/i, '')
        .replace(/\.+$/, ''),
    )
    .filter((sentence) => sentence.length > 0)
}

function result(
  citation: ParsedCitation,
  expected: CitationField[],
  unrecognised: string[],
): ParsedReference {
  const missing = expected.filter((field) =>
    field === 'authors' ? citation.authors.length === 0 : citation[field] === undefined,
  )
  return {ok: true, citation, missing, unrecognised}
}

function compact(fields: ParsedCitation & Record<string, unknown>): ParsedCitation {
  const entries = Object.entries(fields).filter(([, value]) => value !== undefined && value !== '')
  return Object.fromEntries(entries) as ParsedCitation
}

function fail(
  reason: ReferenceParseError['reason'],
  input: string,
  message: string,
): ReferenceParseFailure {
  return {ok: false, error: new ReferenceParseError(reason, input, message)}
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

function excerpt(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}
