const BARE_DOI = /^10\.\d{4,9}\/\S+$/
const DOI_PREFIX = /^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)/i
const PMID = /^[1-9]\d{0,8}$/
const PMCID = /^PMC\d{1,9}$/

/** A bare DOI such as "10.1001/archinternmed.2009.65" (no "doi:" or resolver prefix). */
export function isDoi(value: string): boolean {
  return BARE_DOI.test(value)
}

/**
 * The bare form of a DOI written any common way ("doi: 10.1097/…", "https://doi.org/10.1097/…",
 * URL-encoded, with a trailing full stop), case kept as registered. Undefined when the value is
 * not a DOI. Compare DOIs with `sameDoi`: they are case-insensitive.
 */
export function normaliseDoi(value: string): string | undefined {
  const bare = value
    .trim()
    .replace(DOI_PREFIX, '')
    .replace(/[.,;]+$/, '')
  const decoded = safeDecode(bare)
  return isDoi(decoded) ? decoded : undefined
}

export function sameDoi(a: string, b: string): boolean {
  const left = normaliseDoi(a)
  return left !== undefined && left.toLowerCase() === normaliseDoi(b)?.toLowerCase()
}

/** A PubMed identifier: digits only, no leading zero. */
export function isPmid(value: string | number): boolean {
  return PMID.test(String(value).trim())
}

/** A PubMed Central identifier such as "PMC2763040". */
export function isPmcid(value: string): boolean {
  return PMCID.test(value.trim())
}

export function doiUrl(doi: string): string {
  return `https://doi.org/${doi}`
}

export function pubmedUrl(pmid: string | number): string {
  return `https://pubmed.ncbi.nlm.nih.gov/${String(pmid).trim()}/`
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
