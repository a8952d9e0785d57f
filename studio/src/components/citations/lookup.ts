import type {ParsedCitation} from '@vetted/schemas/citations'
import {z} from 'zod'

/**
 * The citation fields a DOI or PMID lookup can fill; the editor reviews them before saving.
 * The same fields as a pasted reference fills, minus the URL and access date a lookup cannot know.
 */
export type LookedUpCitation = Partial<Omit<ParsedCitation, 'url' | 'accessed'>>

export class CitationLookupError extends Error {
  override name = 'CitationLookupError'
  readonly offline: boolean
  constructor(message: string, {offline = false}: {offline?: boolean} = {}) {
    super(message)
    this.offline = offline
  }
}

/** "Julie A." + "Hides" → "Hides JA" (AMA and Vancouver author form). */
export function amaAuthor(family: string, given = ''): string {
  const initials = given
    .split(/[\s.-]+/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('')
  return initials ? `${family.trim()} ${initials}` : family.trim()
}

const firstString = z
  .array(z.string())
  .optional()
  .transform((values) => values?.find((value) => value.trim() !== '')?.trim())

const crossrefWorkSchema = z.object({
  message: z.object({
    DOI: z.string(),
    type: z.string().optional(),
    title: firstString,
    'container-title': firstString,
    author: z
      .array(
        z.object({
          family: z.string().optional(),
          given: z.string().optional(),
          name: z.string().optional(),
        }),
      )
      .optional(),
    issued: z.object({'date-parts': z.array(z.array(z.number().nullable()))}).optional(),
    volume: z.string().optional(),
    issue: z.string().optional(),
    page: z.string().optional(),
  }),
})

/** Maps a Crossref `/works/{doi}` answer onto citation fields. */
export function fromCrossref(body: unknown): LookedUpCitation {
  const work = crossrefWorkSchema.parse(body).message
  const year = work.issued?.['date-parts'][0]?.[0]
  const type = work.type
  return {
    title: work.title,
    authors: work.author
      ?.map((author) => (author.family ? amaAuthor(author.family, author.given) : author.name))
      .filter((name): name is string => Boolean(name)),
    journal: work['container-title'],
    year: typeof year === 'number' ? year : undefined,
    volume: work.volume,
    issue: work.issue,
    pages: work.page,
    doi: work.DOI.toLowerCase(),
    publicationType:
      type === 'journal-article'
        ? 'journal-article'
        : type?.startsWith('book')
          ? 'book'
          : type
            ? 'other'
            : undefined,
  }
}

const pubmedSummarySchema = z.object({
  result: z.record(z.string(), z.unknown()),
})
const pubmedArticleSchema = z.object({
  uid: z.string(),
  title: z.string().optional(),
  source: z.string().optional(),
  fulljournalname: z.string().optional(),
  pubdate: z.string().optional(),
  volume: z.string().optional(),
  issue: z.string().optional(),
  pages: z.string().optional(),
  authors: z.array(z.object({name: z.string(), authtype: z.string().optional()})).optional(),
  articleids: z.array(z.object({idtype: z.string(), value: z.string()})).optional(),
  pubtype: z.array(z.string()).optional(),
})

/** Maps a PubMed E-utilities `esummary` (JSON) answer for one PMID onto citation fields. */
export function fromPubmedSummary(body: unknown, pmid: string): LookedUpCitation {
  const entry = pubmedSummarySchema.parse(body).result[pmid]
  if (entry === undefined) throw new CitationLookupError(`PubMed has no article with PMID ${pmid}.`)
  const article = pubmedArticleSchema.parse(entry)
  const id = (kind: string) => article.articleids?.find((item) => item.idtype === kind)?.value
  const year = Number.parseInt(article.pubdate?.slice(0, 4) ?? '', 10)
  const types = article.pubtype ?? []
  return {
    title: article.title?.replace(/\.$/, ''),
    authors: article.authors
      ?.filter((author) => (author.authtype ?? 'Author') === 'Author')
      .map((author) => author.name),
    journal: article.source,
    year: Number.isNaN(year) ? undefined : year,
    volume: article.volume || undefined,
    issue: article.issue || undefined,
    pages: article.pages || undefined,
    doi: id('doi')?.toLowerCase(),
    pmid: article.uid,
    pmcid: id('pmc'),
    publicationType: types.some((type) => /guideline/i.test(type))
      ? 'guideline'
      : types.some((type) => /review/i.test(type))
        ? 'review'
        : 'journal-article',
  }
}

async function getJson(url: string, source: string, fetcher: typeof fetch): Promise<unknown> {
  let response: Response
  try {
    response = await fetcher(url, {headers: {accept: 'application/json'}})
  } catch {
    throw new CitationLookupError(
      `${source} cannot be reached: this computer seems to be offline. Paste the reference instead, or fill the fields by hand.`,
      {offline: true},
    )
  }
  if (response.status === 404)
    throw new CitationLookupError(`${source} does not know this identifier.`)
  if (!response.ok)
    throw new CitationLookupError(`${source} answered ${response.status}; try again later.`)
  return response.json()
}

/** Looks a DOI up in Crossref. */
export async function lookUpDoi(
  doi: string,
  fetcher: typeof fetch = fetch,
): Promise<LookedUpCitation> {
  const clean = doi.trim().replace(/^https?:\/\/(dx\.)?doi\.org\//i, '')
  if (!/^10\.\d{4,9}\/\S+$/.test(clean)) {
    throw new CitationLookupError(
      `"${doi}" is not a DOI (they look like 10.1097/00007632-199606150-00011).`,
    )
  }
  const body = await getJson(
    `https://api.crossref.org/works/${encodeURIComponent(clean)}`,
    'Crossref',
    fetcher,
  )
  return fromCrossref(body)
}

/** Looks a PMID up in PubMed. */
export async function lookUpPmid(
  pmid: string,
  fetcher: typeof fetch = fetch,
): Promise<LookedUpCitation> {
  const clean = pmid.trim()
  if (!/^\d{1,9}$/.test(clean))
    throw new CitationLookupError(`"${pmid}" is not a PMID (digits only).`)
  const body = await getJson(
    `https://eutils.ncbi.nlm.nih.gov/entrez/eutils/esummary.fcgi?db=pubmed&retmode=json&id=${clean}`,
    'PubMed',
    fetcher,
  )
  return fromPubmedSummary(body, clean)
}
