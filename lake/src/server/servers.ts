import http from 'node:http'
import http2 from 'node:http2'
import type {Socket} from 'node:net'
import type {Duplex} from 'node:stream'
import type {TlsMaterial} from '../tls/certificate.ts'
import type {RawRequest} from './app.ts'
import type {RawResponse} from './respond.ts'

type Handler = (request: RawRequest, response: RawResponse) => void

/** HTTP/1.1 upgrades (the presence WebSocket); `accepts` says which are its to take. */
export interface UpgradeHandler {
  accepts(request: http.IncomingMessage): boolean
  upgrade(request: http.IncomingMessage, socket: Duplex, head: Buffer): void
}

export interface ListeningServers {
  httpsPort: number
  httpPort: number
  close(): Promise<void>
}

export class PortInUseError extends Error {
  override name = 'PortInUseError'
}

function listen(server: http.Server | http2.Http2SecureServer, port: number, host: string) {
  return new Promise<number>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new PortInUseError(
              `Port ${port} on ${host} is already in use: stop what runs there or choose another (--port, --http-port)`,
            )
          : error,
      )
    }
    server.once('error', onError)
    server.listen(port, host, () => {
      server.off('error', onError)
      const address = server.address()
      resolve(typeof address === 'object' && address ? address.port : port)
    })
  })
}

/**
 * HTTPS with HTTP/2 (browsers keep many listener streams open; HTTP/1.1's six connections per
 * host would stall the Studio) and plain HTTP on loopback for server-side clients.
 */
export async function startServers(
  handler: {https: Handler; http: Handler; upgrade: UpgradeHandler},
  tls: TlsMaterial,
  ports: {httpsPort: number; httpPort: number; host: string},
): Promise<ListeningServers> {
  // Listener URLs may be ~15 KB (the client's own limit); Node's default header limit is 16 KB.
  const maxHeaderSize = 64 * 1024
  const secure = http2.createSecureServer({
    key: tls.key,
    cert: tls.cert,
    allowHTTP1: true,
    settings: {maxHeaderListSize: maxHeaderSize},
  })
  secure.on('request', handler.https)
  const plain = http.createServer(
    {maxHeaderSize, shouldUpgradeCallback: handler.upgrade.accepts},
    handler.http,
  )
  // Browsers open WebSockets over HTTP/1.1 even beside an HTTP/2 connection (allowHTTP1).
  // createSecureServer ignores the option, but its HTTP/1.1 side reads the property.
  Object.assign(secure, {shouldUpgradeCallback: handler.upgrade.accepts})
  for (const server of [secure, plain]) server.on('upgrade', handler.upgrade.upgrade)
  // Listener streams stay open for hours; Node's default request timeouts would cut them.
  plain.requestTimeout = 0
  plain.headersTimeout = 60_000
  plain.keepAliveTimeout = 5_000

  const sockets = new Set<Socket>()
  const track = (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  }
  secure.on('secureConnection', track)
  plain.on('connection', track)

  const httpsPort = await listen(secure, ports.httpsPort, ports.host)
  let httpPort: number
  try {
    httpPort = await listen(plain, ports.httpPort, '127.0.0.1')
  } catch (error) {
    secure.close()
    throw error
  }

  return {
    httpsPort,
    httpPort,
    async close() {
      const closed = Promise.all([
        new Promise<void>((resolve) => secure.close(() => resolve())),
        new Promise<void>((resolve) => plain.close(() => resolve())),
      ])
      for (const socket of sockets) socket.destroy()
      await closed
    },
  }
}
