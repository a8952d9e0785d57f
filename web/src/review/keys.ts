import 'server-only'
import {importPublicKeys, type PublicKeys} from '@vetted/schemas/review'
import {env} from '../env.ts'

let imported: Promise<PublicKeys> | undefined

/** REVIEW_PUBLIC_KEYS as verification keys, imported once per process. */
export function reviewPublicKeys(): Promise<PublicKeys> {
  imported ??= importPublicKeys(env.REVIEW_PUBLIC_KEYS)
  return imported
}
