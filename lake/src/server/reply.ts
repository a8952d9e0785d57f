/** What a route answers; the dispatcher writes it to HTTP/1.1 or HTTP/2 alike. */
export type Reply =
  | {kind: 'json'; status: number; body: unknown; headers?: Record<string, string>}
  | {
      kind: 'text'
      status: number
      body: string
      contentType: string
      headers?: Record<string, string>
    }
  | {kind: 'empty'; status: number; headers?: Record<string, string>}
  | {kind: 'redirect'; location: string}
  | {kind: 'file'; path: string; contentType: string; cacheControl: string}
  | {kind: 'stream'; contentType: string; headers?: Record<string, string>; open: StreamOpener}

/** A long-lived response body (the listener's event stream). */
export interface ReplyStream {
  write(chunk: string): void
  end(): void
  /** Called once when the client goes away or the stream ends. */
  onClose(callback: () => void): void
  readonly closed: boolean
}

export type StreamOpener = (stream: ReplyStream) => void

export const json = (body: unknown, status = 200, headers?: Record<string, string>): Reply => ({
  kind: 'json',
  status,
  body,
  headers,
})

export const text = (body: string, contentType: string, status = 200): Reply => ({
  kind: 'text',
  status,
  body,
  contentType,
})

export const html = (body: string, status = 200): Reply =>
  text(body, 'text/html; charset=utf-8', status)

export const empty = (status = 204): Reply => ({kind: 'empty', status})

export const redirect = (location: string): Reply => ({kind: 'redirect', location})
