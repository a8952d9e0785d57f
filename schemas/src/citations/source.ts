/** "1996;21(17):2048-2055" (AMA) or "2009 Sep 14;169(16):1444-51" (Vancouver), after a full stop. */
const SOURCE =
  /(?:^|(?<=[.?!]\s))((?:1[89]|20)\d{2})[a-z]?(?:\s+[A-Z][a-z]{2,8}\.?(?:[-–/][A-Z][a-z]{2,8}\.?)?(?:\s+\d{1,2}(?:[-–]\d{1,2})?)?)?(?:\s*;\s*([^\s;:()]+)?\s*(?:\(([^)]+)\))?\s*(?::\s*([A-Za-z]{0,2}\d+[A-Za-z]?(?:\s*[-–—]\s*[A-Za-z]{0,2}\d+[A-Za-z]?)?))?)?\s*(?:[.,]|$)/g

export type SourceMatch = {
  start: number
  end: number
  year: number
  volume?: string
  issue?: string
  pages?: string
}

/**
 * The publication part of a journal reference. The first one carrying a volume, issue or pages
 * wins; otherwise the last bare year that stands as its own sentence ("JAMA. 2020.").
 */
export function findSource(text: string): SourceMatch | undefined {
  let bareYear: SourceMatch | undefined
  for (const match of text.matchAll(SOURCE)) {
    const [whole, year, volume, issue, pages] = match
    const source: SourceMatch = {
      start: match.index,
      end: match.index + whole.length,
      year: Number(year),
      ...(volume ? {volume} : {}),
      ...(issue ? {issue: issue.trim()} : {}),
      ...(pages ? {pages: expandPageRange(pages)} : {}),
    }
    if (volume || issue || pages) return source
    bareYear = source
  }
  return bareYear
}

/**
 * AMA gives page ranges in full: "1444-51" → "1444-1451", "E243-8" → "E243-E248". E-locators
 * ("e201234") and full ranges pass through; dashes become hyphens.
 */
export function expandPageRange(pages: string): string {
  const range = /^([A-Za-z]*)(\d+)([A-Za-z]?)\s*[-–—]\s*([A-Za-z]*)(\d+)([A-Za-z]?)$/.exec(
    pages.trim(),
  )
  if (!range) return pages.trim()
  const [, startPrefix = '', first = '', startSuffix = '', endPrefix, last = '', endSuffix] = range
  const lastFull =
    last.length < first.length ? first.slice(0, first.length - last.length) + last : last
  const prefix = endPrefix || startPrefix
  return `${startPrefix}${first}${startSuffix}-${prefix}${lastFull}${endSuffix}`
}
