import type {SanityDocument} from '@sanity/client'
import type {MedicalReviewRecord} from '@vetted/schemas/review'
import {credentialStatusSchema} from '../../../studio/src/review/credentialStatus.ts'
import type {CredentialSnapshot} from '../../../studio/src/review/credentialStore.ts'
import type {Caller} from '../../../web/src/review/service/caller.ts'
import type {ServiceContext} from '../../../web/src/review/service/context.ts'
import {
  credentialStatus,
  verifyCredential,
} from '../../../web/src/review/service/operations/credential.ts'
import {actor, NOW, people, publicKeys, signingKey} from './reviewFixtures.ts'

type Who = keyof typeof people

/** A demo person calling the service: their account and published profile. */
const caller = (who: Who): Caller => ({...actor(who), person: people[who]})

/** A published person profile, as the store holds it. */
export function profile(who: Who, changes: Record<string, unknown> = {}): SanityDocument {
  return {
    ...people[who],
    _type: 'person',
    _rev: `rev-${who}`,
    _createdAt: '2026-01-05T10:00:00Z',
    _updatedAt: '2026-01-05T10:00:00Z',
    ...changes,
  }
}

/**
 * The real credential operations of the publisher service, over a store that holds one
 * published person (or none) and these records, signing with the fixture key.
 */
export function credentialService(
  personId: string,
  person: SanityDocument | null,
  records: MedicalReviewRecord[],
  now = NOW,
) {
  const created: MedicalReviewRecord[] = []
  const context = {
    robot: {
      fetch: async () => ({person, records}),
      create: async (record: MedicalReviewRecord) => {
        created.push(record)
        return record
      },
    },
    publicKeys,
    signingKey,
    now: () => now,
    revalidate: () => {},
  } as unknown as ServiceContext
  return {
    created,
    /** `GET credential-status` as `who`, as the Studio receives it (JSON, then its schema). */
    status: async (who: Who) =>
      credentialStatusSchema.parse(
        JSON.parse(JSON.stringify(await credentialStatus(context, caller(who), personId))),
      ),
    /** `POST verify-credential` as `who`: the record the service signed. */
    verify: async (who: Who, method = 'Checked on the register') =>
      (await verifyCredential(context, caller(who), {personId, method})).record,
  }
}

/** The Studio's snapshot of that answer, for `who`. */
export async function readySnapshot(
  service: ReturnType<typeof credentialService>,
  who: Who,
): Promise<CredentialSnapshot> {
  return {phase: 'ready', revisionKey: 'r', status: await service.status(who)}
}
