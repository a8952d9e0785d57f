import {parseReferenceDate} from './dates.ts'
import {normaliseDoi} from './identifiers.ts'

/** Identifiers, URL and dates taken out of a reference, and the text left once they are gone. */
export type Locators = {
  rest: string
  doi?: string
  pmid?: string
  pmcid?: string
  url?: string
  accessed?: string
  publishedYear?: number
}

const PREFIXED_DOI = /\b(?:doi:?\s*|https?:\/\/(?:dx\.)?doi\.org\/)(10\.\d{4,9}\/\S+)/i
const BARE_DOI = /(?<![\w/])(10\.\d{4,9}\/\S+)/
const PMCID = /\bPMCID:?\s*(PMC\d+)\b|\b(PMC\d{4,})\b/i
const PMID = /\bPMID:?\s*(\d{1,9})\b/i
const ACCESSED =
  /\b(?:Accessed|Retrieved)(?:\s+on)?:?\s+([^.;\]]*?\d{4})\b\.?|\[(?:cited|accessed)\s+([^\]]+)\]/i
const URL = /(?:Available\s+(?:from|at):?\s*)?<?(https?:\/\/[^\s<>]+)>?/i
const AHEAD_OF_PRINT =
  /\[(?:published online|epub)[^\]]*\]|\bEpub\s+(?:ahead of print\s*)?[^.]*\./gi
const PUBLISHED =
  /(?:^|(?<=[.?!\]]\s))(?:Published|Updated|Last updated|Posted)(?:\s+online)?:?\s+((?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?(?:[A-Z][a-z]+\.?\s+)?(\d{4}))\b\.?/g
const PUBMED_URL = /pubmed\.ncbi\.nlm\.nih\.gov\/(\d+)|ncbi\.nlm\.nih\.gov\/pubmed\/(\d+)/i
const PMC_URL =
  /ncbi\.nlm\.nih\.gov\/pmc\/articles\/(PMC\d+)|pmc\.ncbi\.nlm\.nih\.gov\/articles\/(PMC\d+)/i

export function extractLocators(text: string): Locators {
  const found: Omit<Locators, 'rest'> = {}
  let rest = text
  const take = (pattern: RegExp, onMatch: (match: RegExpExecArray) => void): void => {
    const match = pattern.exec(rest)
    if (!match) return
    onMatch(match)
    rest = `${rest.slice(0, match.index)} ${rest.slice(match.index + match[0].length)}`
  }

  take(PREFIXED_DOI, (match) => (found.doi = cleanDoi(match[1])))
  if (!found.doi) take(BARE_DOI, (match) => (found.doi = cleanDoi(match[1])))
  take(PMCID, (match) => (found.pmcid = (match[1] ?? match[2])?.toUpperCase()))
  take(PMID, (match) => (found.pmid = match[1]))
  take(ACCESSED, (match) => (found.accessed = parseReferenceDate(match[1] ?? match[2] ?? '')))
  take(URL, (match) => {
    const url = trimUrl(match[1] ?? '')
    const pubmed = PUBMED_URL.exec(url)
    const pmc = PMC_URL.exec(url)
    if (pubmed) found.pmid ??= pubmed[1] ?? pubmed[2]
    else if (pmc) found.pmcid ??= pmc[1] ?? pmc[2]
    else found.url = url
  })
  rest = rest.replace(AHEAD_OF_PRINT, ' ')
  for (const match of rest.matchAll(PUBLISHED)) found.publishedYear ??= Number(match[2])
  rest = rest.replace(PUBLISHED, ' ')
  return {...withoutUndefined(found), rest: tidy(rest)}
}

/** Drops the sentence-final full stop and an unbalanced closing parenthesis from a DOI. */
function cleanDoi(raw: string | undefined): string | undefined {
  let doi = (raw ?? '').replace(/[.,;]+$/, '')
  while (doi.endsWith(')') && count(doi, '(') < count(doi, ')')) doi = doi.slice(0, -1)
  return normaliseDoi(doi)
}

function trimUrl(url: string): string {
  let trimmed = url.replace(/[.,;]+$/, '')
  while (trimmed.endsWith(')') && count(trimmed, '(') < count(trimmed, ')')) {
    trimmed = trimmed.slice(0, -1)
  }
  return trimmed
}

function count(text: string, character: string): number {
  return text.split(character).length - 1
}

/** Collapses the gaps and doubled full stops left where identifiers were cut out. */
function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([.;,])/g, '$1')
    .replace(/([.;,])(?:\s*[.;,])+/g, '$1')
    .trim()
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T
}
