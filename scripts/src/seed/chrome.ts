import type {SourceLine} from './seedFile.ts'

/** One line of page chrome taken out of a seed, as the import report lists it. */
export interface ChromeRemoval {
  line: number
  text: string
  rule: ChromeRule
}

export type ChromeRule =
  | 'navigation'
  | 'related-link'
  | 'image-caption'
  | 'widget'
  | 'dateline'
  | 'breadcrumb'
  | 'badge'
  | 'comments'
  | 'site-footer'
  | 'repeated-title'
  | 'repeated-text'

const whole = (pattern: string) => new RegExp(`^(?:${pattern})$`, 'i')

// A line is chrome when all of it is one of these; a sentence that merely mentions a cart or
// a comment is content and stays.
const lineRules: Array<{rule: ChromeRule; pattern: RegExp}> = [
  {rule: 'navigation', pattern: whole('skip to (?:main )?content|(?:scroll|back) to top')},
  {rule: 'navigation', pattern: whole('(?:your )?shopping cart|view cart')},
  {
    rule: 'related-link',
    pattern:
      /^(?:recommended reading|read also|read more|you may (?:also )?like|also check|don['’]t miss|related(?: posts?)?|see also)\s*:/i,
  },
  {rule: 'image-caption', pattern: /^pin on\s/i},
  {rule: 'image-caption', pattern: /^[^.!?]*\bpinterest$/i},
  {rule: 'widget', pattern: whole('video of the day|advertisement')},
  {
    rule: 'dateline',
    pattern:
      /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}, \d{4}$/i,
  },
  {rule: 'badge', pattern: whole('fact[- ]checked|medically reviewed')},
]

// Everything after a comment form is the site's footer: the form itself, cart and
// navigation links, the site's own disclaimer and policy blurbs.
const commentsMarker = whole('leave a (?:comment|reply)|\\d+ comments?|comments')

// Link lists ("Latest", "Most Popular") that trail the article.
const trailingWidget = whole('latest(?: posts)?|most popular|popular posts|recent posts|trending')

// "HomeFactsHow To Help…": breadcrumb labels glued together in front of the page title.
function isBreadcrumb(text: string, next: string | undefined): boolean {
  if (!next || next.length >= text.length || !text.endsWith(next)) return false
  return /^(?:\p{Lu}\p{Ll}+){1,5}$/u.test(text.slice(0, text.length - next.length))
}

export interface ChromeResult {
  kept: SourceLine[]
  removed: ChromeRemoval[]
}

/** Removes page chrome that can be recognised line by line (titles are handled later). */
export function removeLineChrome(lines: SourceLine[]): ChromeResult {
  const removed: ChromeRemoval[] = []
  const kept: SourceLine[] = []
  let inFooter = false
  lines.forEach((source, index) => {
    const remove = (rule: ChromeRule) => removed.push({line: source.line, text: source.text, rule})
    if (inFooter) return remove('site-footer')
    if (commentsMarker.test(source.text)) {
      inFooter = true
      return remove('comments')
    }
    const lineRule = lineRules.find(({pattern}) => pattern.test(source.text))
    if (lineRule) return remove(lineRule.rule)
    if (isBreadcrumb(source.text, lines[index + 1]?.text)) return remove('breadcrumb')
    kept.push(source)
  })
  while (kept.length > 0) {
    const last = kept.at(-1)
    if (!last || !trailingWidget.test(last.text)) break
    kept.pop()
    removed.push({line: last.line, text: last.text, rule: 'widget'})
  }
  removed.sort((a, b) => a.line - b.line)
  return {kept, removed}
}
