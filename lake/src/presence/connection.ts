import {randomUUID} from 'node:crypto'
import type {RawData, WebSocket} from 'ws'
import type {z} from 'zod'
import type {Authenticator} from '../auth/authenticator.ts'
import type {LakeUser} from '../auth/users.ts'
import {LakeError} from '../errors.ts'
import type {Log} from '../server/respond.ts'
import {
  describeIssue,
  errorMessage,
  heartbeat,
  isRpcMethod,
  notificationMessage,
  paramsSchemas,
  requestIdOf,
  resultMessage,
  rpcErrorCodes,
  rpcRequestSchema,
  RpcError,
  type RpcRequest,
} from './protocol.ts'
import type {Peer, PresenceRoom} from './rooms.ts'

/** A reader this far behind is not reading: drop it rather than buffer without end. */
const maxBufferedBytes = 1024 * 1024

export interface PresenceConnection {
  /** Sends "♥" and pings; ends the socket when the last ping went unanswered. */
  beat(): void
  close(code: number, reason: string): void
}

const notSignedIn = () =>
  new RpcError(
    rpcErrorCodes.unauthorized,
    'Unauthorized: send {"method": "authorization", "params": {"authorization": "Bearer <token>"}} first',
  )

function parseParams<Schema extends z.ZodType>(schema: Schema, request: RpcRequest) {
  const parsed = schema.safeParse(request.params ?? {})
  if (parsed.success) return parsed.data as z.output<Schema>
  throw new RpcError(
    rpcErrorCodes.invalidParams,
    `Invalid params for ${request.method}: ${describeIssue(parsed.error)}`,
  )
}

function textOf(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8')
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8')
  return data.toString('utf8')
}

/** Serves one presence socket: its requests, its subscriptions and its heartbeats. */
export function servePresenceSocket(
  ws: WebSocket,
  context: {auth: Authenticator; room: PresenceRoom; log: Log; onClose: () => void},
  initialUser: LakeUser | null,
): PresenceConnection {
  const {auth, room, log} = context
  const subscriptions = new Set<string>()
  let user = initialUser
  let alive = true

  const send = (text: string) => {
    if (ws.readyState !== ws.OPEN) return
    if (ws.bufferedAmount > maxBufferedBytes) {
      ws.terminate()
      return
    }
    ws.send(text)
  }

  const peer: Peer = {
    get user() {
      return user
    },
    subscriptions,
    notify: (subscription, event) => send(notificationMessage(subscription, event)),
  }

  const signedIn = (): LakeUser => {
    if (!user) throw notSignedIn()
    return user
  }

  const claim = (session: string): LakeUser => {
    const me = signedIn()
    if (!room.claim(peer, me, session))
      throw new RpcError(rpcErrorCodes.invalidParams, `Session "${session}" is someone else's`)
    return me
  }

  function authorize(authorization: string): true {
    let next: LakeUser | null
    try {
      next = auth.userFromHeader(authorization)
    } catch (error) {
      if (!(error instanceof LakeError)) throw error
      throw new RpcError(rpcErrorCodes.unauthorized, error.description, {closesSocket: true})
    }
    if (!next) throw notSignedIn()
    if (next.id !== user?.id) {
      // Another person on the same socket: the previous one's sessions end here.
      room.leave(peer)
      user = next
      room.join(peer)
    }
    return true
  }

  function run(request: RpcRequest): unknown {
    const method = request.method
    if (!isRpcMethod(method))
      throw new RpcError(
        rpcErrorCodes.methodNotFound,
        `Method "${method}" not found: this lake answers ${Object.keys(paramsSchemas).join(', ')}`,
      )
    switch (method) {
      case 'authorization':
        return authorize(parseParams(paramsSchemas.authorization, request).authorization)
      case 'presence_subscribe': {
        parseParams(paramsSchemas.presence_subscribe, request)
        signedIn()
        const subscription = randomUUID()
        subscriptions.add(subscription)
        return subscription
      }
      case 'presence_unsubscribe': {
        const {subscriptionId} = parseParams(paramsSchemas.presence_unsubscribe, request)
        if (!subscriptions.delete(subscriptionId))
          throw new RpcError(
            rpcErrorCodes.invalidParams,
            `Subscription "${subscriptionId}" not found`,
          )
        return true
      }
      case 'presence_rollcall': {
        const {session} = parseParams(paramsSchemas.presence_rollcall, request)
        room.publish({type: 'rollCall', i: claim(session).id, session})
        return true
      }
      case 'presence_announce': {
        const {data} = parseParams(paramsSchemas.presence_announce, request)
        room.publish({type: 'state', i: claim(data.sessionId).id, m: data})
        return true
      }
      case 'presence_disconnect': {
        const {session} = parseParams(paramsSchemas.presence_disconnect, request)
        const me = signedIn()
        if (!room.release(me, session))
          throw new RpcError(rpcErrorCodes.invalidParams, `Session "${session}" is someone else's`)
        room.publish({type: 'disconnect', i: me.id, m: {session}})
        return true
      }
    }
  }

  function fail(id: string | number | null, error: RpcError) {
    send(errorMessage(id, error))
    if (error.closesSocket) ws.close(rpcErrorCodes.unauthorized, 'Unauthorized')
  }

  function receive(data: RawData, isBinary: boolean) {
    alive = true
    if (isBinary) {
      fail(null, new RpcError(rpcErrorCodes.invalidRequest, 'Send JSON-RPC requests as text'))
      return
    }
    const text = textOf(data)
    if (text === heartbeat) return
    let message: unknown
    try {
      message = JSON.parse(text)
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      fail(null, new RpcError(rpcErrorCodes.parseError, `Parse error: ${reason}`))
      return
    }
    const parsed = rpcRequestSchema.safeParse(message)
    if (!parsed.success) {
      const reason = describeIssue(parsed.error)
      fail(
        requestIdOf(message),
        new RpcError(rpcErrorCodes.invalidRequest, `Invalid JSON-RPC 2.0 request: ${reason}`),
      )
      return
    }
    const request = parsed.data
    try {
      const result = run(request)
      if (request.id !== undefined) send(resultMessage(request.id, result))
    } catch (error) {
      if (error instanceof RpcError) {
        if (request.id !== undefined) fail(request.id, error)
        return
      }
      log(`presence ${request.method} failed: ${error instanceof Error ? error.stack : error}`)
      if (request.id !== undefined)
        fail(request.id, new RpcError(rpcErrorCodes.internalError, 'Internal error'))
    }
  }

  room.join(peer)
  ws.on('message', receive)
  ws.on('pong', () => (alive = true))
  ws.on('error', (error) => log(`presence socket error: ${error.message}`))
  ws.on('close', () => {
    room.leave(peer)
    context.onClose()
  })
  send(heartbeat)

  return {
    beat() {
      if (ws.readyState !== ws.OPEN) return
      if (!alive) {
        ws.terminate()
        return
      }
      alive = false
      ws.ping()
      send(heartbeat)
    },
    close: (code, reason) => ws.close(code, reason),
  }
}
