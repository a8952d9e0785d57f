import type {SanityClient} from '@sanity/client'
import {
  CREDENTIAL_KINDS,
  filterVerifiedRecords,
  type PolicyActor,
  type PublicKeys,
  type PublishedPerson,
} from '@vetted/schemas/review'
import {z} from 'zod'
import {ReviewServiceError} from './errors.ts'

/** A published `person` as the registry holds it (drafts can never make anyone a reviewer). */
export type RegistryPerson = PublishedPerson & {name: string; credentials: string[]}

/** Who is calling: the store's user behind the token, and their published person, if any. */
export interface Caller extends PolicyActor {
  name: string
  person: RegistryPerson | null
}

const storeUserSchema = z.object({
  id: z.string().min(1),
  name: z.string().default(''),
  role: z.string().optional(),
  roles: z.array(z.object({name: z.string()})).optional(),
})

const personSchema = z.object({
  _id: z.string(),
  name: z
    .string()
    .nullish()
    .transform((value) => value ?? ''),
  credentials: z
    .array(z.string())
    .nullish()
    .transform((value) => value ?? []),
  specialty: z.string().nullish(),
  sanityUserId: z.string().nullish(),
})

/** The linked person and the credential records about them, in one snapshot. */
const personQuery = `*[_type == "person" && sanityUserId == $userId][0]{
  _id, name, credentials, specialty, sanityUserId,
  "credentialRecords": *[_type == "medicalReview" && subject._ref == ^._id && kind in $credentialKinds]
}`

/** Reads `Authorization: Bearer <token>`; anything else is a 401 that says how to log in. */
export function bearerToken(request: Request): string {
  const header = request.headers.get('authorization') ?? ''
  const match = /^Bearer\s+(\S+)$/i.exec(header)
  if (!match?.[1]) {
    throw new ReviewServiceError(
      'unauthenticated',
      'Send your Sanity token as "Authorization: Bearer <token>" (the Studio does this when you are logged in).',
    )
  }
  return match[1]
}

export function statusOf(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'statusCode' in error) {
    const status = (error as {statusCode: unknown}).statusCode
    return typeof status === 'number' ? status : undefined
  }
  return undefined
}

/** `GET /users/me` with the given client's token: the store says who holds it. */
export async function whoAmI(client: SanityClient): Promise<z.infer<typeof storeUserSchema>> {
  let me: unknown
  try {
    me = await client.request({url: '/users/me', tag: 'users.me'})
  } catch (error) {
    const status = statusOf(error)
    if (status === 401 || status === 403) {
      throw new ReviewServiceError(
        'unauthenticated',
        'The content store does not accept this token: log in to the Studio again.',
      )
    }
    throw new ReviewServiceError('store-error', 'Could not ask the content store who you are.', [
      error instanceof Error ? error.message : String(error),
    ])
  }
  const user = storeUserSchema.safeParse(me)
  if (!user.success) {
    throw new ReviewServiceError(
      'unauthenticated',
      'The content store did not recognise this token as a user: log in to the Studio again.',
    )
  }
  return user.data
}

/**
 * Resolves the token with the store's `GET /users/me`, then the person and their credential
 * records from published documents (only records whose signatures verify count).
 */
export async function resolveCaller(
  userClient: SanityClient,
  robot: SanityClient,
  publicKeys: PublicKeys,
): Promise<Caller> {
  const user = await whoAmI(userClient)
  const role = user.role ?? user.roles?.[0]?.name ?? 'viewer'
  const found: unknown = await robot.fetch(
    personQuery,
    {userId: user.id, credentialKinds: CREDENTIAL_KINDS},
    {perspective: 'published', tag: 'person'},
  )
  const person = found == null ? null : personSchema.parse(found)
  const stored = z
    .object({credentialRecords: z.array(z.unknown()).catch([])})
    .catch({credentialRecords: []})
    .parse(found)
  const credentialRecords = person
    ? await filterVerifiedRecords(stored.credentialRecords, publicKeys, {subjectId: person._id})
    : []
  return {sanityUserId: user.id, name: user.name, role, person, credentialRecords}
}
