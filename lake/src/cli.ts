import {parseArgs} from 'node:util'
import {startLake} from './index.ts'
import {LakeOptionsError, type LakeOptionsInput} from './server/options.ts'

const usage = `Usage: npm run lake -- [options]

  --port N              HTTPS + HTTP/2 port (default 4000); plain HTTP listens on N+1 at 127.0.0.1
  --http-port N         plain HTTP port (default: --port + 1)
  --data DIR            data folder: SQLite file, certificate, tokens (default .data/lake)
  --dataset NAME        dataset name (default production)
  --users FILE          users JSON [{id, name, role, email?, robot?}] (default scripts/demoUsers.json)
  --studio DIR          a built Studio, served at https://localhost:PORT/studio
  --webhooks FILE       webhooks JSON [{name, url, filter, projection, on, secret}] (default DATA/webhooks.json)
  --query-workers N     query worker threads (default 2)
  --query-timeout-ms N  cancel queries running longer (default 10000)
  --index PATH          an SQLite index on a field queries select by, e.g. slug.current
                        (repeat the flag for more; _type, _id and _updatedAt always are)
  --webhook-retry-ms N  wait before a failed webhook's first retry; doubles each time (default 1000)
  --help`

/** Option names as the command line spells them, for error messages. */
const flags: Record<string, string> = {
  port: '--port',
  httpPort: '--http-port',
  dataDir: '--data',
  dataset: '--dataset',
  usersFile: '--users',
  studioDir: '--studio',
  webhooksFile: '--webhooks',
  queryWorkers: '--query-workers',
  queryTimeoutMs: '--query-timeout-ms',
  'webhookRetry.baseDelayMs': '--webhook-retry-ms',
  indexes: '--index',
}

const withFlagNames = (message: string) =>
  message.replace(/([\w.]+): /g, (whole, name: string) =>
    flags[name] ? `${flags[name]}: ` : whole,
  )

class UsageError extends Error {
  override name = 'UsageError'
}

function integer(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} must be a whole number (got "${value}")`)
  return Number(value)
}

function parseCommandLine(argv: string[]): LakeOptionsInput | 'help' {
  let values
  try {
    ;({values} = parseArgs({
      args: argv,
      strict: true,
      options: {
        port: {type: 'string'},
        'http-port': {type: 'string'},
        data: {type: 'string'},
        dataset: {type: 'string'},
        users: {type: 'string'},
        studio: {type: 'string'},
        webhooks: {type: 'string'},
        'query-workers': {type: 'string'},
        'query-timeout-ms': {type: 'string'},
        'webhook-retry-ms': {type: 'string'},
        index: {type: 'string', multiple: true},
        help: {type: 'boolean'},
      },
    }))
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  if (values.help) return 'help'
  return {
    port: integer('--port', values.port),
    httpPort: integer('--http-port', values['http-port']),
    dataDir: values.data,
    dataset: values.dataset,
    usersFile: values.users,
    studioDir: values.studio,
    webhooksFile: values.webhooks,
    queryWorkers: integer('--query-workers', values['query-workers']),
    queryTimeoutMs: integer('--query-timeout-ms', values['query-timeout-ms']),
    webhookRetry: {baseDelayMs: integer('--webhook-retry-ms', values['webhook-retry-ms'])},
    indexes: values.index,
  }
}

async function main() {
  const options = parseCommandLine(process.argv.slice(2))
  if (options === 'help') {
    console.log(usage)
    return
  }
  const lake = await startLake(options, (line) => console.log(`lake: ${line}`))
  const people = lake.users.map(
    (user) => `  ${user.id.padEnd(14)} ${user.role.padEnd(13)} ${user.name}`,
  )
  console.log(`Local Content Lake (project "local")
  HTTPS + HTTP/2  ${lake.httpsUrl}${options.studioDir ? `   Studio: ${lake.httpsUrl}/studio` : ''}
  HTTP            ${lake.httpUrl}
  Data            ${lake.dataDir}   (tokens: demo-users.json)
Users:
${people.join('\n')}`)
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void lake.close().then(() => process.exit(0))
    })
  }
}

main().catch((error: unknown) => {
  const known =
    error instanceof UsageError ||
    error instanceof LakeOptionsError ||
    (error instanceof Error && error.name !== 'Error' && !(error instanceof TypeError))
  const message = error instanceof Error ? error.message : String(error)
  console.error(`lake: ${error instanceof LakeOptionsError ? withFlagNames(message) : message}`)
  if (error instanceof UsageError) console.error(`\n${usage}`)
  if (!known && error instanceof Error && error.stack) console.error(error.stack)
  process.exit(1)
})
