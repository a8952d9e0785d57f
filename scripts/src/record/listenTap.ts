/**
 * A second subscriber to a listener the Studio opened: the same path and query string, fetched
 * from Node with the same user's token, so the recording holds the stream's bytes as the lake
 * sent them (Chromium does not hand an open event stream's body to Playwright).
 */
export async function tapListener(url: string, token: string) {
  const abort = new AbortController()
  const response = await fetch(url, {
    headers: {authorization: `Bearer ${token}`, accept: 'text/event-stream'},
    signal: abort.signal,
  })
  if (!response.ok || !response.body)
    throw new Error(`GET ${url} answered ${response.status}: ${await response.text()}`)
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  let text = ''
  const reading = (async () => {
    try {
      for (;;) {
        const chunk = await reader.read()
        if (chunk.done) break
        text += decoder.decode(chunk.value, {stream: true})
      }
    } catch {
      // aborted by close()
    }
  })()
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text: () => text,
    /** Resolves once `ready(text)` holds; fails after `timeoutMs`. */
    async until(ready: (text: string) => boolean, timeoutMs: number, what: string) {
      const deadline = Date.now() + timeoutMs
      while (!ready(text)) {
        if (Date.now() > deadline)
          throw new Error(`waited ${timeoutMs} ms for ${what}; got:\n${text}`)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      return text
    },
    async close() {
      abort.abort()
      await reading
    },
  }
}

/** The stream's first events: the welcome and up to `mutations` mutation events, whole. */
export function firstEvents(text: string, mutations: number): string {
  const complete = text.slice(0, text.lastIndexOf('\n\n'))
  const events = complete.split('\n\n').filter((event) => event.trim() !== '')
  const kept: string[] = []
  let seen = 0
  for (const event of events) {
    if (/^event: mutation$/m.test(event)) {
      if (seen === mutations) break
      seen++
    }
    kept.push(event)
  }
  return `${kept.join('\n\n')}\n\n`
}
