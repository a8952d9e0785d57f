import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {createClient, type SanityClient} from '@sanity/client'
import {z} from 'zod'

export class AuditConfigError extends Error {
  override name = 'AuditConfigError'
}

export interface AuditSource {
  client: SanityClient
  publicKeys: Record<string, string>
  describe: string
}

const envSchema = z.object({
  SANITY_PROJECT_ID: z.string().min(1),
  SANITY_DATASET: z.string().min(1),
  SANITY_API_HOST: z.url().optional(),
  SANITY_READ_TOKEN: z.string().min(1),
  REVIEW_PUBLIC_KEYS: z.string().min(2),
})

const localUsersSchema = z.array(z.object({id: z.string(), token: z.string()}))
const localKeysSchema = z.object({keyId: z.string(), publicKeyPem: z.string()})

function readJson<T>(file: string, schema: z.ZodType<T>, fix: string): T {
  if (!existsSync(file)) throw new AuditConfigError(`${file} does not exist: ${fix}`)
  return schema.parse(JSON.parse(readFileSync(file, 'utf8')))
}

function reader(projectId: string, dataset: string, apiHost: string | undefined, token: string) {
  return createClient({
    projectId,
    dataset,
    apiVersion: '2025-02-19',
    token,
    useCdn: false,
    perspective: 'raw',
    ...(apiHost ? {apiHost, useProjectHostname: false} : {}),
  })
}

/**
 * Where the records are and which keys to trust: from SANITY_* / REVIEW_PUBLIC_KEYS when a
 * project is configured, else the local lake and key that `npm run dev` made under .data/.
 */
export function auditSource(env: Record<string, string | undefined>, root: string): AuditSource {
  if (env.SANITY_PROJECT_ID) {
    const parsed = envSchema.safeParse(env)
    if (!parsed.success) {
      throw new AuditConfigError(
        `With SANITY_PROJECT_ID set, the audit also needs ${parsed.error.issues.map((issue) => issue.path.join('.')).join(', ')}.`,
      )
    }
    const e = parsed.data
    return {
      client: reader(e.SANITY_PROJECT_ID, e.SANITY_DATASET, e.SANITY_API_HOST, e.SANITY_READ_TOKEN),
      publicKeys: z.record(z.string(), z.string()).parse(JSON.parse(e.REVIEW_PUBLIC_KEYS)),
      describe: `${e.SANITY_PROJECT_ID}/${e.SANITY_DATASET}`,
    }
  }
  const data = path.join(root, '.data')
  const start = 'start the local lake once with `npm run dev`, or set SANITY_PROJECT_ID and friends'
  const users = readJson(path.join(data, 'lake', 'demo-users.json'), localUsersSchema, start)
  const robot = users.find((user) => user.id === 'rSiteReader')
  if (!robot) throw new AuditConfigError('The local lake has no rSiteReader robot to read with.')
  const keys = readJson(path.join(data, 'keys', 'review-signing.json'), localKeysSchema, start)
  return {
    client: reader(
      'local',
      'production',
      env.SANITY_API_HOST ?? 'http://127.0.0.1:4001',
      robot.token,
    ),
    publicKeys: {[keys.keyId]: keys.publicKeyPem},
    describe: 'the local lake',
  }
}
