import {STATUS_CODES, type IncomingMessage} from 'node:http'
import type {Duplex} from 'node:stream'
import {WebSocketServer} from 'ws'
import type {Authenticator} from '../auth/authenticator.ts'
import type {LakeUser} from '../auth/users.ts'
import {LakeError} from '../errors.ts'
import {requestedProject} from '../server/app.ts'
import {splitVersion} from '../server/request.ts'
import type {Log} from '../server/respond.ts'
import {servePresenceSocket, type PresenceConnection} from './connection.ts'
import {createPresenceRoom} from './rooms.ts'

/** Presence messages are a few locations; anything this large is not the Studio. */
const maxMessageBytes = 256 * 1024

export interface PresenceServer {
  /** Which HTTP/1.1 upgrades are ours: WebSocket ones. Others are ordinary requests. */
  accepts(request: IncomingMessage): boolean
  /** Takes over an upgrade request: `/socket/{dataset}`, with or without `/v<version>`. */
  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void
  close(): void
}

const notFound = (description: string) =>
  new LakeError({status: 404, type: 'httpNotFound', description})

function reject(socket: Duplex, error: LakeError) {
  const body = JSON.stringify(error.toBody())
  socket.end(
    `HTTP/1.1 ${error.status} ${STATUS_CODES[error.status] ?? ''}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
  )
}

/** The presence WebSocket the Studio's bifur client opens: `wss://host/v2022-06-30/socket/ds`. */
export function createPresenceServer(options: {
  projectId: string
  dataset: string
  auth: Authenticator
  heartbeatMs: number
  log: Log
}): PresenceServer {
  const {auth, log} = options
  const sockets = new WebSocketServer({noServer: true, maxPayload: maxMessageBytes})
  // The lake serves one dataset, so one room: every socket `admit` lets in is in it.
  const room = createPresenceRoom()
  const connections = new Set<PresenceConnection>()
  const heartbeats = setInterval(() => {
    for (const connection of connections) connection.beat()
  }, options.heartbeatMs)
  heartbeats.unref()

  /** The caller of an upgrade request to this dataset, or the reason to refuse it. */
  function admit(request: IncomingMessage): {user: LakeUser | null} {
    const url = new URL(request.url ?? '/', 'http://lake.invalid')
    const dataset = /^\/socket\/([^/]+)\/?$/.exec(splitVersion(url.pathname).path)?.[1]
    if (dataset === undefined)
      throw notFound(`No WebSocket at ${url.pathname}: presence is at /socket/{dataset}`)
    const project = requestedProject(request.headers)
    if (project && project !== options.projectId)
      throw notFound(
        `Project "${project}" not found: this local lake serves "${options.projectId}"`,
      )
    if (decodeURIComponent(dataset) !== options.dataset)
      throw notFound(`Dataset "${dataset}" not found for project ID "${options.projectId}"`)
    // Browsers cannot send this header (they authorize in-band); other clients may.
    return {user: auth.userFromHeader(request.headers.authorization)}
  }

  return {
    accepts: (request) => request.headers.upgrade?.toLowerCase() === 'websocket',
    upgrade(request, socket, head) {
      socket.on('error', () => socket.destroy())
      let admitted: ReturnType<typeof admit>
      try {
        admitted = admit(request)
      } catch (error) {
        reject(socket, error instanceof LakeError ? error : notFound('Malformed socket path'))
        return
      }
      sockets.handleUpgrade(request, socket, head, (ws) => {
        const connection = servePresenceSocket(
          ws,
          {
            auth,
            room,
            log,
            onClose: () => connections.delete(connection),
          },
          admitted.user,
        )
        connections.add(connection)
      })
    },
    close() {
      clearInterval(heartbeats)
      for (const connection of connections) connection.close(1001, 'The lake is shutting down')
      connections.clear()
      sockets.close()
    },
  }
}
