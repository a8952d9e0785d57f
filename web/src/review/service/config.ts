import {z} from 'zod'

/** Everything the publisher service needs to run; parsed from the environment by `env.ts`. */
export interface ServiceConfig {
  projectId: string
  dataset: string
  /** Set for the local lake (plain HTTP, no project hostname); unset for hosted Sanity. */
  apiHost?: string
  /** The publisher robot's token (Sanity `editor`): the only writer of records and published content. */
  publisherToken: string
  signingKeyId: string
  signingKeyPem: string
  /** key id → SPKI PEM: every key whose records still verify. */
  publicKeys: Record<string, string>
  /** Origins allowed to call the service from a browser (the Studio). */
  allowedOrigins: string[]
}

export class ServiceConfigError extends Error {
  override name = 'ServiceConfigError'
}

const publicKeysSchema = z.record(z.string().min(1), z.string().includes('PUBLIC KEY'))

const envSchema = z.object({
  SANITY_PROJECT_ID: z.string().min(1),
  SANITY_DATASET: z.string().min(1),
  SANITY_API_HOST: z.url().optional(),
  SANITY_PUBLISHER_TOKEN: z.string().min(1),
  REVIEW_SIGNING_KEY: z.string().includes('PRIVATE KEY', {
    message: 'must be a PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----")',
  }),
  REVIEW_SIGNING_KEY_ID: z.string().min(1),
  REVIEW_PUBLIC_KEYS: z.string().min(2),
  STUDIO_ORIGIN: z.string().min(1).default('https://localhost:4000'),
})

/** Parses the service's settings; a missing or malformed value stops it with the variable's name. */
export function parseServiceConfig(env: Record<string, string | undefined>): ServiceConfig {
  const parsed = envSchema.safeParse(env)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`)
    throw new ServiceConfigError(
      `The review service is misconfigured: ${problems.join('; ')}. Set these in web/.env.local ` +
        '(see web/.env.example); `npm run dev` sets them for the local lake.',
    )
  }
  const e = parsed.data
  let publicKeys: Record<string, string>
  try {
    publicKeys = publicKeysSchema.parse(JSON.parse(e.REVIEW_PUBLIC_KEYS))
  } catch {
    throw new ServiceConfigError(
      'REVIEW_PUBLIC_KEYS must be JSON mapping each key id to an SPKI PEM public key, ' +
        'e.g. {"key-2026": "-----BEGIN PUBLIC KEY-----\\n…"}.',
    )
  }
  if (!publicKeys[e.REVIEW_SIGNING_KEY_ID]) {
    throw new ServiceConfigError(
      `REVIEW_PUBLIC_KEYS has no key "${e.REVIEW_SIGNING_KEY_ID}" (REVIEW_SIGNING_KEY_ID): ` +
        'records signed now would not verify. Add its public key.',
    )
  }
  return {
    projectId: e.SANITY_PROJECT_ID,
    dataset: e.SANITY_DATASET,
    apiHost: e.SANITY_API_HOST,
    publisherToken: e.SANITY_PUBLISHER_TOKEN,
    signingKeyId: e.REVIEW_SIGNING_KEY_ID,
    signingKeyPem: e.REVIEW_SIGNING_KEY,
    publicKeys,
    allowedOrigins: e.STUDIO_ORIGIN.split(',').map((origin) => origin.trim().replace(/\/$/, '')),
  }
}
