/** A `mailto:` for reporting an error, naming the page when there is one. */
export function reportErrorHref(email: string, page?: {title: string; url: string}): string {
  const subject = page ? `Error report: ${page.title}` : 'Error report'
  const body = page ? `Page: ${page.url}\n\nWhat is wrong:\n` : 'Page:\n\nWhat is wrong:\n'
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`
}
