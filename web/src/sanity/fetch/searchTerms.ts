const maxTerms = 8

/**
 * A GROQ `match` pattern from free text: words only (letters and digits of any script), each a
 * prefix match, at most eight. Undefined when nothing searchable is left.
 */
export function searchTerms(input: string): string | undefined {
  const words = input
    .normalize('NFKC')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu)
  if (!words) return undefined
  const unique = [...new Set(words)].slice(0, maxTerms)
  return unique.map((word) => `${word}*`).join(' ')
}
