const sentenceBoundary =
  /(?<![\s(](?:Dr|Mr|Mrs|Ms|Prof|St|vs|etc|e\.g|i\.e|approx|No|Fig)\.)(?<=[.!?][”"’)]?)\s+(?=[“"(\p{Lu}\p{N}])/u

export function sentences(text: string): string[] {
  return text.split(sentenceBoundary).filter((sentence) => sentence !== '')
}

function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const lastSpace = cut.lastIndexOf(' ')
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:–—-]+$/, '')}…`
}

/** The opening sentences of a paragraph that fit in `max` characters (at least one, cut if long). */
export function leadSentences(text: string, max = 300): string {
  let lead = ''
  for (const sentence of sentences(text)) {
    const next = lead === '' ? sentence : `${lead} ${sentence}`
    if (next.length > max) break
    lead = next
  }
  return lead === '' ? cutAtWord(text, max) : lead
}

/** A title for a source that has no heading: its first sentence, without the full stop. */
export function titleFromSentence(text: string, max = 90): string {
  const first = sentences(text)[0] ?? text
  return cutAtWord(first.replace(/[.!]$/, ''), max)
}

/** A URL slug: lowercase ASCII words joined by hyphens, cut at a word under `max` characters. */
export function slugify(text: string, max = 96): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= max) return slug
  const cut = slug.slice(0, max + 1)
  return cut.slice(0, cut.lastIndexOf('-')).replace(/-+$/, '')
}
