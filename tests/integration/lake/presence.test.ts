import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest'
import {WebSocket} from 'ws'
import {arrivals} from '../../helpers/events.ts'
import {startTestLake, type TestLake} from '../../helpers/lake.ts'

let lake: TestLake

beforeAll(async () => {
  lake = await startTestLake()
})
afterAll(() => lake?.stop())

// The URL the Studio 6.16 builds (prepareConfig.tsx getBifurClient): client URL + /socket/ds.
const socketPath = '/v2022-06-30/socket/production?tag=sanity.studio'

interface RpcMessage {
  jsonrpc: '2.0'
  id?: string | number | null
  result?: unknown
  error?: {code: number; message: string}
  method?: string
  params?: {subscription: string; result: Record<string, unknown>}
}

/** A presence socket as the bifur client uses it, recording every frame it receives. */
interface TestSocket {
  readonly frames: string[]
  readonly notifications: () => Array<Record<string, unknown>>
  /** Sends one request (`apiVersion: "v1"` added, as bifur-client does) and awaits its answer. */
  call(method: string, params?: Record<string, unknown>): Promise<RpcMessage>
  /** Sends a raw frame and awaits the next JSON-RPC message answering id `id`. */
  raw(text: string, id: string | number | null): Promise<RpcMessage>
  /** The first message, among those from frame `from` on, that `match` accepts. */
  waitFor(match: (message: RpcMessage) => boolean, from?: number): Promise<RpcMessage>
  closed: Promise<{code: number; reason: string}>
  close(): Promise<void>
}

const openSockets = new Set<WebSocket>()
afterEach(() => {
  for (const ws of openSockets) ws.terminate()
  openSockets.clear()
})

async function connect(
  base: 'https' | 'http',
  options: {path?: string; headers?: Record<string, string>} = {},
) {
  const origin = base === 'https' ? lake.httpsUrl : lake.httpUrl
  const url = `${origin.replace(/^http/, 'ws')}${options.path ?? socketPath}`
  const ws = new WebSocket(url, {ca: lake.certificate, headers: options.headers})
  openSockets.add(ws)
  const frames: string[] = []
  const arrived = arrivals()
  ws.on('message', (data: Buffer) => {
    frames.push(data.toString('utf8'))
    arrived.wake()
  })
  const closed = new Promise<{code: number; reason: string}>((resolve) =>
    ws.once('close', (code, reason) => resolve({code, reason: reason.toString()})),
  )
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve())
    ws.once('error', reject)
  })
  const messages = (from = 0) =>
    frames
      .slice(from)
      .filter((frame) => frame !== '♥')
      .map((frame) => JSON.parse(frame) as RpcMessage)
  let nextId = 0

  const socket: TestSocket = {
    frames,
    notifications: () =>
      messages()
        .filter((message) => message.method === 'presence_subscription')
        .map((message) => message.params?.result ?? {}),
    waitFor(match, from = 0) {
      const timeoutMs = 5_000
      return arrived.until(
        () => messages(from).find(match),
        timeoutMs,
        () => `no matching message within ${timeoutMs} ms; got ${frames.join(' | ')}`,
      )
    },
    raw(text, id) {
      const from = frames.length
      ws.send(text)
      return socket.waitFor((message) => message.id === id && !message.method, from)
    },
    call(method, params = {}) {
      const id = `req-${++nextId}`
      const request = {jsonrpc: '2.0', method, params: {...params, apiVersion: 'v1'}, id}
      ws.send(JSON.stringify(request))
      return socket.waitFor((message) => message.id === id)
    },
    closed,
    async close() {
      ws.close()
      await closed
    },
  }
  return socket
}

/** Connects, authorizes as `userId` and subscribes, as the Studio does on start. */
async function studioSocket(userId: string, base: 'https' | 'http') {
  const socket = await connect(base)
  const authorized = await socket.call('authorization', {
    authorization: `Bearer ${lake.token(userId)}`,
  })
  expect(authorized.error).toBeUndefined()
  const subscribed = await socket.call('presence_subscribe')
  expect(subscribed.result).toEqual(expect.any(String))
  return socket
}

const location = {
  type: 'document',
  documentId: 'drafts.article-seed-002',
  path: ['title'],
  lastActiveAt: '2026-05-04T10:00:00.000Z',
}

describe('the presence WebSocket /socket/{dataset}', () => {
  it('opens over the HTTPS port (HTTP/1.1 upgrade) and the plain HTTP port, and sends "♥"', async () => {
    for (const base of ['https', 'http'] as const) {
      const socket = await connect(base)
      await expect.poll(() => socket.frames[0]).toBe('♥')
      await socket.close()
    }
  })

  it('relays roll calls, announced locations and disconnects between two people', async () => {
    const maya = await studioSocket('pMayaOkafor', 'https')
    const daniel = await studioSocket('pDanielReyes', 'http')

    expect((await daniel.call('presence_rollcall', {session: 'session-daniel'})).result).toBe(true)
    await expect
      .poll(() => maya.notifications())
      .toContainEqual({
        type: 'rollCall',
        i: 'pDanielReyes',
        session: 'session-daniel',
      })

    // Maya answers the roll call with where she is, as her Studio's presence store does.
    await maya.call('presence_announce', {
      data: {sessionId: 'session-maya', locations: [location]},
    })
    await expect
      .poll(() => daniel.notifications())
      .toContainEqual({
        type: 'state',
        i: 'pMayaOkafor',
        m: {sessionId: 'session-maya', locations: [location]},
      })

    await daniel.call('presence_disconnect', {session: 'session-daniel'})
    await expect
      .poll(() => maya.notifications())
      .toContainEqual({
        type: 'disconnect',
        i: 'pDanielReyes',
        m: {session: 'session-daniel'},
      })

    // Closing the tab without a word: the lake says goodbye for Maya's session.
    await maya.close()
    await expect
      .poll(() => daniel.notifications())
      .toContainEqual({
        type: 'disconnect',
        i: 'pMayaOkafor',
        m: {session: 'session-maya'},
      })
  })

  it('tells a socket without a token nothing, and refuses its presence calls', async () => {
    const stranger = await connect('http')
    const subscribe = await stranger.call('presence_subscribe')
    expect(subscribe.error?.code).toBe(4001)
    const announce = await stranger.call('presence_announce', {
      data: {sessionId: 'session-stranger', locations: [location]},
    })
    expect(announce.error?.code).toBe(4001)

    const maya = await studioSocket('pMayaOkafor', 'http')
    const daniel = await studioSocket('pDanielReyes', 'http')
    await daniel.call('presence_rollcall', {session: 'session-daniel-2'})
    await maya.call('presence_announce', {data: {sessionId: 'session-maya-2', locations: []}})
    await daniel.waitFor((message) => message.params?.result.type === 'state')
    // Frames on one socket stay in order: what was sent before this answer has arrived.
    await stranger.call('presence_rollcall', {session: 'session-stranger'})
    expect(stranger.notifications()).toEqual([])
    expect(maya.notifications().some((event) => event.type === 'rollCall')).toBe(true)
  })

  it('answers an unknown token with an error and closes the socket (4001)', async () => {
    const socket = await connect('https')
    const answer = await socket.call('authorization', {authorization: 'Bearer not-a-token'})
    expect(answer.error).toMatchObject({code: 4001, message: expect.stringMatching(/not one/)})
    expect((await socket.closed).code).toBe(4001)
  })

  it("does not let one person end or overwrite another person's session", async () => {
    const maya = await studioSocket('pMayaOkafor', 'http')
    const daniel = await studioSocket('pDanielReyes', 'http')
    await maya.call('presence_announce', {data: {sessionId: 'session-maya-3', locations: []}})
    const spoof = await daniel.call('presence_disconnect', {session: 'session-maya-3'})
    expect(spoof.error?.code).toBe(-32602)
    const overwrite = await daniel.call('presence_announce', {
      data: {sessionId: 'session-maya-3', locations: [location]},
    })
    expect(overwrite.error?.code).toBe(-32602)
  })

  it('answers malformed input with JSON-RPC errors and keeps serving the socket', async () => {
    const socket = await connect('http')
    expect((await socket.raw('{not json', null)).error?.code).toBe(-32700)
    expect((await socket.raw('[1, 2]', null)).error?.code).toBe(-32600)
    expect((await socket.raw('{"jsonrpc": "1.0", "method": "x", "id": 7}', 7)).error).toMatchObject(
      {code: -32600, message: expect.stringContaining('jsonrpc')},
    )
    expect((await socket.call('presence_teleport')).error?.code).toBe(-32601)
    await socket.call('authorization', {authorization: `Bearer ${lake.token('pMayaOkafor')}`})
    const badParams = await socket.call('presence_announce', {data: {sessionId: 5}})
    expect(badParams.error).toMatchObject({
      code: -32602,
      message: expect.stringContaining('data.sessionId'),
    })
    expect((await socket.call('presence_unsubscribe', {subscriptionId: 'nope'})).error?.code).toBe(
      -32602,
    )
    expect((await socket.call('presence_subscribe')).result).toEqual(expect.any(String))
  })

  it('accepts the token as an Authorization header on the upgrade (non-browser clients)', async () => {
    const socket = await connect('http', {
      headers: {authorization: `Bearer ${lake.token('pSamLee')}`},
    })
    expect((await socket.call('presence_subscribe')).result).toEqual(expect.any(String))
    await expect(connect('http', {headers: {authorization: 'Bearer not-a-token'}})).rejects.toThrow(
      /401/,
    )
  })

  it('refuses other datasets and other paths before upgrading', async () => {
    await expect(connect('http', {path: '/v2022-06-30/socket/staging'})).rejects.toThrow(/404/)
    await expect(connect('https', {path: '/v2022-06-30/socket'})).rejects.toThrow(/404/)
  })
})
