import path from 'node:path'
import {z} from 'zod'
import {SeedUsageError} from './errors.ts'

export const usage = `Usage: npm run dataset:seed -- --out FILE [--seeds DIR]

Builds the demo dataset (people, settings, the lower back spasm condition and treatments, and
one draft article per seed file) as NDJSON in the format of \`sanity dataset export\`.

  --out FILE   where to write the NDJSON (required; written only if the whole seed succeeds)
  --seeds DIR  folder of seed .txt files (default: the demo seeds, scripts/seeds/ in the repository)`

export interface SeedArgs {
  out: string
  seeds: string
}

const argsSchema = z.object({
  out: z.string({error: '--out FILE is required'}).min(1, '--out needs a file name'),
  seeds: z.string().min(1, '--seeds needs a folder').optional(),
})

function toRecord(argv: string[]): Record<string, string> {
  const record: Record<string, string> = {}
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index] ?? ''
    const [name, inline] = flag.split(/=(.*)/s, 2)
    if (name !== '--out' && name !== '--seeds') {
      throw new SeedUsageError(`Unknown argument "${flag}".\n\n${usage}`)
    }
    const value = inline ?? argv[index + 1]
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      throw new SeedUsageError(`${name} needs a value.\n\n${usage}`)
    }
    if (inline === undefined) index += 1
    record[name.slice(2)] = value
  }
  return record
}

/**
 * Parses the command line; paths come back absolute, relative ones resolved from `cwd`. Without
 * --seeds the repository's own demo seeds (`scripts/seeds/` under `repoRoot`) are read, from any
 * working directory.
 */
export function parseSeedArgs(argv: string[], options: {repoRoot: string; cwd: string}): SeedArgs {
  const result = argsSchema.safeParse(toRecord(argv))
  if (!result.success) {
    throw new SeedUsageError(`${z.prettifyError(result.error)}\n\n${usage}`)
  }
  return {
    out: path.resolve(options.cwd, result.data.out),
    seeds: result.data.seeds
      ? path.resolve(options.cwd, result.data.seeds)
      : path.resolve(options.repoRoot, 'scripts', 'seeds'),
  }
}
