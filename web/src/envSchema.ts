import {z} from 'zod'

/** What each server-side variable is for: shown when it is missing or malformed. */
const hints = {
  SANITY_PROJECT_ID: "the Sanity project id ('local' for the local lake)",
  SANITY_DATASET: "the dataset name, e.g. 'production'",
  SANITY_API_HOST:
    'optional: the API origin when not using hosted Sanity, e.g. http://127.0.0.1:4001',
  SANITY_READ_TOKEN: 'a viewer token for the dataset (server-side only)',
  REVIEW_PUBLIC_KEYS: 'a JSON object mapping review key id to its SPKI PEM public key',
  SANITY_WEBHOOK_SECRET: 'the secret the revalidation webhook signs its requests with',
  PREVIEW_SECRET: 'a random secret (32+ characters) that signs draft-preview links',
  SITE_URL: "the site's public origin, e.g. http://localhost:3000",
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

const serverEnvSchema = z.object({
  SANITY_PROJECT_ID: z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits or -'),
  SANITY_DATASET: z.string().regex(/^[a-z0-9_-]+$/, 'must be lowercase letters, digits, _ or -'),
  SANITY_API_HOST: z.url({protocol: /^https?$/}).optional(),
  SANITY_READ_TOKEN: z.string().min(1),
  REVIEW_PUBLIC_KEYS: publicKeysJson.pipe(
    z
      .record(z.string().min(1), z.string().includes('PUBLIC KEY', {message: 'is not a PEM key'}))
      .refine((keys) => Object.keys(keys).length > 0, 'must name at least one key'),
  ),
  SANITY_WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters'),
  PREVIEW_SECRET: z.string().min(32, 'must be at least 32 characters'),
  SITE_URL: z.url({protocol: /^https?$/}).transform((url) => url.replace(/\/+$/, '')),
})

export type ServerEnv = z.infer<typeof serverEnvSchema>

export class EnvError extends Error {
  override name = 'EnvError'
}

/** Parses the server environment; every problem is named, with what the variable should hold. */
export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  // An empty string is as good as unset: treat it so, rather than as a value.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''))
  const result = serverEnvSchema.safeParse(present)
  if (result.success) return result.data
  const lines = result.error.issues.map((issue) => {
    const name = String(issue.path[0]) as EnvName
    const problem = issue.code === 'invalid_type' ? 'is missing' : issue.message
    return `- ${name} ${problem}: set it to ${hints[name] ?? 'a valid value'}.`
  })
  throw new EnvError(
    `The site cannot start: its environment is incomplete.\n${lines.join('\n')}\n` +
      'See web/.env.example for every variable.',
  )
}
