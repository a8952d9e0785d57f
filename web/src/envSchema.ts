import {z} from 'zod'

/** What each variable is for: shown when it is missing or malformed. */
const hints = {
  SANITY_PROJECT_ID: "the Sanity project id ('local' for the local lake)",
  SANITY_DATASET: "the dataset name, e.g. 'production'",
  SANITY_API_HOST:
    'optional: the API origin when not using hosted Sanity, e.g. http://127.0.0.1:4001',
  SANITY_READ_TOKEN: 'a viewer token for the dataset (server-side only)',
  SANITY_PUBLISHER_TOKEN: "the publisher robot's editor token (server-side only)",
  REVIEW_PUBLIC_KEYS: 'a JSON object mapping review key id to its SPKI PEM public key',
  REVIEW_SIGNING_KEY:
    'the Ed25519 private key that signs review records, as PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----")',
  REVIEW_SIGNING_KEY_ID: 'the id of the signing key, as named in REVIEW_PUBLIC_KEYS',
  SANITY_WEBHOOK_SECRET: 'the secret the revalidation webhook signs its requests with',
  PREVIEW_SECRET: 'a random secret (32+ characters) that signs draft-preview links',
  SITE_URL: "the site's public origin, e.g. http://localhost:3000",
  STUDIO_ORIGIN: "the Studio's origin(s), comma-separated, e.g. https://localhost:4000",
} as const

type EnvName = keyof typeof hints

const publicKeysJson = z.string().transform((text, context) => {
  try {
    return JSON.parse(text) as unknown
  } catch {
    context.addIssue({code: 'custom', message: 'is not valid JSON'})
    return z.NEVER
  }
})

/**
 * The one rule for every variable the site and the publisher service read. Each consumer picks
 * the variables it needs (`envSchema.pick`), so a variable cannot be valid for one and
 * malformed for the other.
 */
const envRules = {
  SANITY_PROJECT_ID: z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits or -'),
  SANITY_DATASET: z.string().regex(/^[a-z0-9_-]+$/, 'must be lowercase letters, digits, _ or -'),
  SANITY_API_HOST: z.url({protocol: /^https?$/}).optional(),
  SANITY_READ_TOKEN: z.string().min(1),
  SANITY_PUBLISHER_TOKEN: z.string().min(1),
  REVIEW_PUBLIC_KEYS: publicKeysJson.pipe(
    z
      .record(z.string().min(1), z.string().includes('PUBLIC KEY', {message: 'is not a PEM key'}))
      .refine((keys) => Object.keys(keys).length > 0, 'must name at least one key'),
  ),
  REVIEW_SIGNING_KEY: z.string().includes('PRIVATE KEY', {message: 'is not a PKCS#8 PEM key'}),
  REVIEW_SIGNING_KEY_ID: z.string().min(1),
  SANITY_WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters'),
  PREVIEW_SECRET: z.string().min(32, 'must be at least 32 characters'),
  SITE_URL: z.url({protocol: /^https?$/}).transform((url) => url.replace(/\/+$/, '')),
  STUDIO_ORIGIN: z
    .string()
    .default('https://localhost:4000')
    .transform((list) => list.split(',').map((origin) => origin.trim().replace(/\/$/, ''))),
} satisfies Record<EnvName, z.ZodType>

export class EnvError extends Error {
  override name = 'EnvError'
}

type EnvRead<T> = {ok: true; data: T} | {ok: false; problems: string[]}

/**
 * Parses `source` with a schema picked from `envSchema`. On failure, one line per problem names
 * the variable, what was wrong with it and what it should hold.
 */
export function readEnv<T>(
  schema: z.ZodType<T>,
  source: Record<string, string | undefined>,
): EnvRead<T> {
  // An empty string is as good as unset: treat it so, rather than as a value.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''))
  const result = schema.safeParse(present)
  if (result.success) return {ok: true, data: result.data}
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0]) as EnvName
    const problem = issue.code === 'invalid_type' ? 'is missing' : issue.message
    return `- ${name} ${problem}: set it to ${hints[name] ?? 'a valid value'}.`
  })
  return {ok: false, problems}
}

export const envSchema = z.object(envRules)

const serverEnvSchema = envSchema.pick({
  SANITY_PROJECT_ID: true,
  SANITY_DATASET: true,
  SANITY_API_HOST: true,
  SANITY_READ_TOKEN: true,
  REVIEW_PUBLIC_KEYS: true,
  SANITY_WEBHOOK_SECRET: true,
  PREVIEW_SECRET: true,
  SITE_URL: true,
})

export type ServerEnv = z.infer<typeof serverEnvSchema>

/** Parses the server environment; every problem is named, with what the variable should hold. */
export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const read = readEnv(serverEnvSchema, source)
  if (read.ok) return read.data
  throw new EnvError(
    `The site cannot start: its environment is incomplete.\n${read.problems.join('\n')}\n` +
      'See web/.env.example for every variable.',
  )
}
