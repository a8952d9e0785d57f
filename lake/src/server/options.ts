import path from 'node:path'
import {z} from 'zod'
import {defaultLakeDataDir} from '../paths.ts'
import {indexedPathPattern} from '../store/schema.ts'

const repositoryRoot = path.resolve(import.meta.dirname, '..', '..', '..')

const port = z.number().int().min(0).max(65535)

export const lakeOptionsSchema = z.object({
  /** HTTPS + HTTP/2 (browsers, the Studio). 0 picks a free port. */
  port: port.default(4000),
  /** Plain HTTP on 127.0.0.1 (server-side clients). Default: port + 1 (a free one when port is 0). */
  httpPort: port.optional(),
  /** Interface of the HTTPS listener. */
  host: z.string().min(1).default('127.0.0.1'),
  dataDir: z.string().min(1).default(defaultLakeDataDir),
  dataset: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9_-]{0,63}$/,
      'lower-case letters, digits, "_" and "-" (e.g. production)',
    )
    .default('production'),
  usersFile: z
    .string()
    .min(1)
    .default(path.join(repositoryRoot, 'scripts', 'demoUsers.json')),
  /** A built Studio, served at /studio on the HTTPS origin. */
  studioDir: z.string().min(1).optional(),
  /** Default: DATA/webhooks.json when it exists. */
  webhooksFile: z.string().min(1).optional(),
  /** Field paths to index for queries (`slug.current`): `json_extract` expression indexes. */
  indexes: z
    .array(
      z
        .string()
        .regex(
          indexedPathPattern,
          'a field path of letters, digits, "_" and dots (e.g. slug.current)',
        ),
    )
    .default([]),
  queryWorkers: z.number().int().min(1).max(32).default(2),
  queryTimeoutMs: z.number().int().min(50).max(600_000).default(10_000),
  keepaliveMs: z.number().int().min(10).default(15_000),
  webhookRetry: z
    .object({
      attempts: z.number().int().min(1).max(20).default(6),
      baseDelayMs: z.number().int().min(1).default(1000),
      timeoutMs: z.number().int().min(10).default(10_000),
    })
    .prefault({}),
})

export type LakeOptionsInput = z.input<typeof lakeOptionsSchema>
export type LakeOptions = z.output<typeof lakeOptionsSchema>

export class LakeOptionsError extends Error {
  override name = 'LakeOptionsError'
}

export function parseLakeOptions(input: unknown): LakeOptions {
  const parsed = lakeOptionsSchema.safeParse(input)
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.map(
    (issue) => `${issue.path.join('.') || 'options'}: ${issue.message}`,
  )
  throw new LakeOptionsError(`Invalid lake options: ${problems.join('; ')}`)
}
