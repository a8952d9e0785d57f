import {z} from 'zod'

/** The Studio's configuration is wrong; the message names the variable and how to fix it. */
export class StudioConfigError extends Error {
  override name = 'StudioConfigError'
}

/** Where the Studio's API calls go. */
export interface StudioApiTarget {
  projectId: string
  dataset: string
  /** Unset for Sanity's hosted API; the lake's origin when local. */
  apiHost?: string
  /** The local lake has no per-project hostnames (`local.localhost`), so clients must not use them. */
  localLake: boolean
}

export const localLakeDefaults = {
  projectId: 'local',
  dataset: 'production',
  apiHost: 'https://localhost:4000',
} as const

const blankAsUnset = (value: unknown) => (value === '' ? undefined : value)

const studioEnvSchema = z.object({
  SANITY_STUDIO_PROJECT_ID: z.preprocess(
    blankAsUnset,
    z
      .string()
      .regex(/^[a-z0-9-]+$/, 'use the project ID from sanity.io/manage, e.g. abc123xy')
      .optional(),
  ),
  SANITY_STUDIO_DATASET: z.preprocess(
    blankAsUnset,
    z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9_-]{0,63}$/,
        'dataset names are lowercase letters, digits, "_" and "-", e.g. production',
      )
      .optional(),
  ),
  SANITY_STUDIO_API_HOST: z.preprocess(
    blankAsUnset,
    z
      .url({protocol: /^https?$/, error: 'use an http(s) origin, e.g. https://localhost:4000'})
      .optional(),
  ),
})

/**
 * Embedded default: no project ID means the local lake. A hosted project must name its dataset
 * too, so a half-configured Studio cannot quietly edit the wrong data.
 */
export function resolveStudioApiTarget(env: Record<string, string | undefined>): StudioApiTarget {
  const parsed = studioEnvSchema.safeParse(env)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    throw new StudioConfigError(`Invalid Studio environment. ${problems.join('; ')}`)
  }
  const {SANITY_STUDIO_PROJECT_ID, SANITY_STUDIO_DATASET, SANITY_STUDIO_API_HOST} = parsed.data
  if (SANITY_STUDIO_PROJECT_ID === undefined) {
    return {
      projectId: localLakeDefaults.projectId,
      dataset: SANITY_STUDIO_DATASET ?? localLakeDefaults.dataset,
      apiHost: SANITY_STUDIO_API_HOST ?? localLakeDefaults.apiHost,
      localLake: true,
    }
  }
  if (SANITY_STUDIO_DATASET === undefined) {
    throw new StudioConfigError(
      `SANITY_STUDIO_PROJECT_ID is set (${SANITY_STUDIO_PROJECT_ID}) but SANITY_STUDIO_DATASET is not: set it to the dataset to edit, e.g. production, or unset both to use the local lake.`,
    )
  }
  return {
    projectId: SANITY_STUDIO_PROJECT_ID,
    dataset: SANITY_STUDIO_DATASET,
    apiHost: SANITY_STUDIO_API_HOST,
    localLake: false,
  }
}

// The build inlines each `process.env.SANITY_STUDIO_*` that is set, by its literal text. An unset
// one stays a reference to `process`, which browsers lack: that is "unset", not an error.
function readEnv(read: () => string | undefined): string | undefined {
  try {
    return read()
  } catch {
    return undefined
  }
}

export const studioApiTarget = resolveStudioApiTarget({
  SANITY_STUDIO_PROJECT_ID: readEnv(() => process.env.SANITY_STUDIO_PROJECT_ID),
  SANITY_STUDIO_DATASET: readEnv(() => process.env.SANITY_STUDIO_DATASET),
  SANITY_STUDIO_API_HOST: readEnv(() => process.env.SANITY_STUDIO_API_HOST),
})
