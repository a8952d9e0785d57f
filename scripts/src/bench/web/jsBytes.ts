import {gzipSync} from 'node:zlib'

export interface PageScripts {
  page: string
  /** Every script the page loads, gzip bytes. */
  totalGzip: number
  /** Scripts this page loads that not every page type loads (page-specific code), gzip bytes. */
  specificGzip: number
}

/**
 * Scripts a modern browser downloads: `<script src>` and script preloads. `noModule` scripts
 * (legacy polyfills) are skipped: browsers that run modules never fetch them.
 */
function scriptUrls(html: string, origin: string): string[] {
  const urls = new Set<string>()
  for (const match of html.matchAll(/<(script|link)\b([^>]*)>/g)) {
    const [, tag, attributes = ''] = match
    if (/\bnoModule\b/i.test(attributes)) continue
    if (tag === 'link' && !/\bas="script"/.test(attributes)) continue
    const src = attributes.match(/\b(?:src|href)="([^"]+)"/)?.[1]
    if (src?.includes('.js')) urls.add(new URL(src, origin).href)
  }
  return [...urls]
}

/** JavaScript per page type, gzip-compressed, and how much of it is not shared by all pages. */
export async function measureScripts(
  origin: string,
  pages: Record<string, string>,
): Promise<PageScripts[]> {
  const sizes = new Map<string, number>()
  const perPage = new Map<string, string[]>()
  for (const [name, path] of Object.entries(pages)) {
    const html = await (await fetch(`${origin}${path}`)).text()
    const urls = scriptUrls(html, origin)
    perPage.set(name, urls)
    for (const url of urls) {
      if (sizes.has(url)) continue
      const bytes = Buffer.from(await (await fetch(url)).arrayBuffer())
      sizes.set(url, gzipSync(bytes).length)
    }
  }
  const lists = [...perPage.values()]
  const shared = new Set(lists[0]?.filter((url) => lists.every((list) => list.includes(url))))
  return [...perPage.entries()].map(([page, urls]) => ({
    page,
    totalGzip: urls.reduce((sum, url) => sum + (sizes.get(url) ?? 0), 0),
    specificGzip: urls
      .filter((url) => !shared.has(url))
      .reduce((sum, url) => sum + (sizes.get(url) ?? 0), 0),
  }))
}
