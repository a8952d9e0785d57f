import {performance} from 'node:perf_hooks'
import path from 'node:path'
import {createAuthenticator} from './auth/authenticator.ts'
import {authRoutes} from './auth/routes.ts'
import {loadUsers, type LakeUser} from './auth/users.ts'
import {docRoutes} from './endpoints/doc.ts'
import {historyRoutes} from './endpoints/history.ts'
import {stubRoutes} from './endpoints/stubs.ts'
import {writeRoutes} from './endpoints/writes.ts'
import {KeyValueStore} from './keyvalue/keyValueStore.ts'
import {keyValueRoutes} from './keyvalue/routes.ts'
import {createListenerHub} from './listen/hub.ts'
import {listenRoutes} from './listen/routes.ts'
import {lakeDatabasePath} from './paths.ts'
import {createPresenceServer} from './presence/server.ts'
import {createQueryPool} from './query/pool.ts'
import {queryRoutes} from './query/routes.ts'
import {createApp} from './server/app.ts'
import {parseLakeOptions, type LakeOptionsInput} from './server/options.ts'
import {createRouter} from './server/router.ts'
import {startServers} from './server/servers.ts'
import {studioFiles} from './server/studioFiles.ts'
import {openStore} from './store/openStore.ts'
import {ensureCertificate} from './tls/certificate.ts'
import {loadWebhooks} from './webhooks/config.ts'
import {startWebhooks} from './webhooks/dispatcher.ts'

export type {LakeOptionsInput} from './server/options.ts'
export type {LakeUser} from './auth/users.ts'

export interface RunningLake {
  /** `https://localhost:<port>`: browsers and the Studio. */
  httpsUrl: string
  /** `http://127.0.0.1:<port>`: server-side clients (apiHost, useProjectHostname: false). */
  httpUrl: string
  users: LakeUser[]
  dataDir: string
  /** The self-signed certificate (PEM) the HTTPS side serves; trust it to connect. */
  certificate: string
  /** Resolves once every webhook delivery begun so far has succeeded or given up. */
  webhooksIdle(): Promise<void>
  close(): Promise<void>
}

const projectId = 'local'

/** Starts the local Content Lake: store, query workers, listeners, webhooks, HTTPS and HTTP. */
export async function startLake(
  input: LakeOptionsInput = {},
  log = console.log,
): Promise<RunningLake> {
  const options = parseLakeOptions(input)
  const dataDir = path.resolve(options.dataDir)
  const users = loadUsers(options.usersFile, dataDir)
  const webhooksFile = options.webhooksFile ?? path.join(dataDir, 'webhooks.json')
  const hooks = loadWebhooks(webhooksFile, options.webhooksFile !== undefined)
  const tls = await ensureCertificate(dataDir)

  const store = openStore(lakeDatabasePath(dataDir), {indexes: options.indexes})
  const cleanups: Array<() => unknown> = [() => store.close()]
  try {
    const queries = createQueryPool({
      dbPath: store.dbPath,
      projectId,
      dataset: options.dataset,
      size: options.queryWorkers,
      timeoutMs: options.queryTimeoutMs,
      log,
      // Any field a query compares by value gets an index, between requests: hosted Sanity
      // indexes every attribute, and nobody should have to know the --index flag.
      onFieldPaths: (paths) =>
        setImmediate(() => {
          const started = performance.now()
          try {
            const created = store.indexFieldPaths(paths)
            if (created.length > 0)
              log(
                `indexed ${created.join(', ')} for queries (${Math.round(performance.now() - started)} ms)`,
              )
          } catch (error) {
            // A missing index costs speed, never an answer: log it and go on.
            log(`could not index ${paths.join(', ')}: ${String(error)}`)
          }
        }),
    })
    cleanups.unshift(() => queries.close())
    const hub = createListenerHub(store, log)
    cleanups.unshift(() => hub.close())
    const webhooks = startWebhooks(store, hooks, {
      projectId,
      dataset: options.dataset,
      retry: options.webhookRetry,
      log,
    })
    cleanups.unshift(() => webhooks.close())

    const auth = createAuthenticator(users)
    const router = createRouter([
      ...authRoutes(auth, projectId),
      ...keyValueRoutes(new KeyValueStore(dataDir)),
      ...queryRoutes({queries}),
      ...listenRoutes({hub, keepaliveMs: options.keepaliveMs}),
      ...docRoutes(store),
      ...writeRoutes(store),
      ...historyRoutes(store),
      ...stubRoutes({projectId, dataset: options.dataset, users}),
    ])
    const app = {projectId, dataset: options.dataset, auth, router, log}
    const studio = options.studioDir ? studioFiles(options.studioDir) : undefined
    const presence = createPresenceServer({...app, heartbeatMs: options.keepaliveMs})
    cleanups.unshift(() => presence.close())
    const servers = await startServers(
      {
        https: createApp({...app, serveStatic: studio}, true),
        http: createApp(app, false),
        upgrade: presence,
      },
      tls,
      {
        httpsPort: options.port,
        httpPort: options.httpPort ?? (options.port === 0 ? 0 : options.port + 1),
        host: options.host,
      },
    )
    cleanups.unshift(() => servers.close())

    return {
      httpsUrl: `https://localhost:${servers.httpsPort}`,
      httpUrl: `http://127.0.0.1:${servers.httpPort}`,
      users,
      dataDir,
      certificate: tls.cert,
      webhooksIdle: () => webhooks.idle(),
      async close() {
        for (const cleanup of cleanups.splice(0)) await cleanup()
      },
    }
  } catch (error) {
    for (const cleanup of cleanups.splice(0)) await cleanup()
    throw error
  }
}
