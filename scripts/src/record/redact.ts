/** Response and request bodies are cut here: a fixture shows a body's shape, not all of it. */
export const bodyLimit = 1_500

/**
 * Removes what would let someone act as a demo user: the tokens the lake issued (wherever they
 * appear), Bearer credentials, login session ids (`sid=` in a query or a redirect's hash) and
 * `"token"` fields (what `/auth/fetch` answers).
 */
export function redactor(secrets: readonly string[]) {
  const known = [...secrets]
    .filter((secret) => secret.length >= 8)
    .sort((a, b) => b.length - a.length)
  return (text: string): string => {
    let out = text
    for (const secret of known) out = out.split(secret).join('<token>')
    return out
      .replace(/(Bearer\s+)(?!<token>)[^\s"',]+/gi, '$1<token>')
      .replace(/([?#&]sid=)[^&#"\s\\]+/g, '$1<sid>')
      .replace(/("sid"\s*:\s*")[^"]*"/g, '$1<sid>"')
      .replace(/("token"\s*:\s*")(?!<token>)[^"]*"/g, '$1<token>"')
  }
}

/** A body cut to `limit` characters, saying how long it was. */
export function truncate(text: string, limit = bodyLimit): {text: string; length?: number} {
  if (text.length <= limit) return {text}
  return {text: `${text.slice(0, limit)}…`, length: text.length}
}
