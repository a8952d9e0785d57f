import {EnvError, envSchema, readEnv} from '../../envSchema.ts'

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

/** An environment error that stops the service (a 500 `misconfigured`), not the whole site. */
export class ServiceConfigError extends EnvError {
  override name = 'ServiceConfigError'
}

// The same rules as the site's, so a variable both read cannot pass one and fail the other.
const serviceEnvSchema = envSchema.pick({
  SANITY_PROJECT_ID: true,
  SANITY_DATASET: true,
  SANITY_API_HOST: true,
  SANITY_PUBLISHER_TOKEN: true,
  REVIEW_SIGNING_KEY: true,
  REVIEW_SIGNING_KEY_ID: true,
  REVIEW_PUBLIC_KEYS: true,
  STUDIO_ORIGIN: true,
})

const howToFix =
  'Set these in web/.env.local (see web/.env.example); `npm run dev` sets them for the local lake.'

/** Parses the service's settings; a missing or malformed value stops it with the variable's name. */
export function parseServiceConfig(env: Record<string, string | undefined>): ServiceConfig {
  const read = readEnv(serviceEnvSchema, env)
  if (!read.ok) {
    throw new ServiceConfigError(
      `The review service is misconfigured.\n${read.problems.join('\n')}\n${howToFix}`,
    )
  }
  const e = read.data
  if (!e.REVIEW_PUBLIC_KEYS[e.REVIEW_SIGNING_KEY_ID]) {
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
    publicKeys: e.REVIEW_PUBLIC_KEYS,
    allowedOrigins: e.STUDIO_ORIGIN,
  }
}
