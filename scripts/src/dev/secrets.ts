import {randomBytes} from 'node:crypto'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {z} from 'zod'
import {generateSigningKeyPair} from '@vetted/schemas/review'

const localSecretsSchema = z.object({
  previewSecret: z.string().min(32),
  webhookSecret: z.string().min(32),
})
export type LocalSecrets = z.infer<typeof localSecretsSchema>

const reviewKeysSchema = z.object({
  keyId: z.string().min(1),
  privateKeyPem: z.string().includes('PRIVATE KEY'),
  publicKeyPem: z.string().includes('PUBLIC KEY'),
})
export type ReviewKeys = z.infer<typeof reviewKeysSchema>

export class LocalSecretsError extends Error {
  override name = 'LocalSecretsError'
}

function readJson<T>(file: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')))
  if (!parsed.success) {
    throw new LocalSecretsError(
      `${file} is not valid (${z.prettifyError(parsed.error)}). Delete it to have a new one generated.`,
    )
  }
  return parsed.data
}

function writePrivate(file: string, value: unknown) {
  mkdirSync(path.dirname(file), {recursive: true})
  writeFileSync(file, JSON.stringify(value, null, 2) + '\n', {mode: 0o600})
}

/** Clearly-local demo secrets (preview links, webhook signatures), generated once. */
export function ensureLocalSecrets(dataDir: string): LocalSecrets {
  const file = path.join(dataDir, 'secrets.json')
  if (existsSync(file)) return readJson(file, localSecretsSchema)
  const secrets = {
    previewSecret: randomBytes(32).toString('base64url'),
    webhookSecret: randomBytes(32).toString('base64url'),
  }
  writePrivate(file, secrets)
  return secrets
}

/**
 * The service's Ed25519 review-signing key, generated once. A lost key is never silently
 * replaced when signed records exist: they would all turn into integrity alerts.
 */
export async function ensureReviewKeys(
  dataDir: string,
  {signedRecordsExist}: {signedRecordsExist: boolean},
): Promise<ReviewKeys> {
  const file = path.join(dataDir, 'keys', 'review-signing.json')
  if (existsSync(file)) return readJson(file, reviewKeysSchema)
  if (signedRecordsExist) {
    throw new LocalSecretsError(
      `The lake holds signed review records, but the key that signed them (${file}) is gone.\n` +
        'A new key would make every published page fail verification. Restore the file, or start\n' +
        `from scratch by deleting ${dataDir} (this discards the local lake and its review history).`,
    )
  }
  const {privateKeyPem, publicKeyPem} = await generateSigningKeyPair()
  const keys = {
    keyId: `local-${new Date().toISOString().slice(0, 10)}-${randomBytes(3).toString('hex')}`,
    privateKeyPem,
    publicKeyPem,
  }
  writePrivate(file, keys)
  return keys
}
