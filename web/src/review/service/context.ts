import type {SanityClient} from '@sanity/client'
import {importPrivateKey, importPublicKeys, type PublicKeys} from '@vetted/schemas/review'
import {whoAmI} from './caller.ts'
import {storeClient} from './clients.ts'
import type {ServiceConfig} from './config.ts'

/** What the service needs besides its configuration; Next.js and tests each supply their own. */
export interface ServiceDeps {
  config: ServiceConfig
  /** Expires the site's cached reads that depend on documents of this type. */
  revalidate: (type: string) => void
  /** A short-lived link that opens the document's draft on the site. */
  previewUrl: (documentId: string) => Promise<string>
  now?: () => Date
}

/** Everything built once per process: clients, keys, and who the robot is. */
export interface ServiceContext {
  config: ServiceConfig
  robot: SanityClient
  /** The robot's own user id: its writes are the service's, never a person's edits. */
  robotUserId: () => Promise<string>
  signingKey: () => Promise<{keyId: string; privateKey: CryptoKey}>
  publicKeys: () => Promise<PublicKeys>
  userClient: (token: string) => SanityClient
  revalidate: ServiceDeps['revalidate']
  previewUrl: ServiceDeps['previewUrl']
  now: () => Date
}

function once<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined
  return () => {
    value ??= make().catch((error: unknown) => {
      value = undefined
      throw error
    })
    return value
  }
}

export function createContext(deps: ServiceDeps): ServiceContext {
  const {config} = deps
  const robot = storeClient(config, config.publisherToken)
  return {
    config,
    robot,
    robotUserId: once(async () => (await whoAmI(robot)).id),
    signingKey: once(async () => ({
      keyId: config.signingKeyId,
      privateKey: await importPrivateKey(config.signingKeyPem),
    })),
    publicKeys: once(() => importPublicKeys(config.publicKeys)),
    userClient: (token) => storeClient(config, token),
    revalidate: deps.revalidate,
    previewUrl: deps.previewUrl,
    now: deps.now ?? (() => new Date()),
  }
}
