const allowedProtocols = new Set(['http:', 'https:', 'mailto:', 'tel:'])

export interface SafeHref {
  href: string
  /** A web link leaving this site (http/https), marked for readers. */
  external: boolean
}

/**
 * The link target if it is an absolute http, https, mailto or tel URL; anything else
 * (javascript:, data:, relative or malformed) is not a link and renders as text.
 */
export function safeHref(value: unknown): SafeHref | undefined {
  if (typeof value !== 'string') return undefined
  const trimmed = value.trim()
  let url: URL
  try {
    url = new URL(trimmed)
  } catch {
    return undefined
  }
  if (!allowedProtocols.has(url.protocol)) return undefined
  const external = url.protocol === 'http:' || url.protocol === 'https:'
  return {href: url.href, external}
}
