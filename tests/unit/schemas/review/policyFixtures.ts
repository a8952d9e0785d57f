import type {
  PolicyActor,
  PolicyContext,
  PublishedPerson,
  UnsignedMedicalReviewRecord,
  VerifiedReviewRecord,
} from '@vetted/schemas/review'
import {actors, FP, makeKeys, verified} from './reviewFixtures.ts'

export const personIds = {
  maya: 'person-maya-okafor',
  daniel: 'person-daniel-reyes',
  helen: 'person-helen-carter',
  sam: 'person-sam-lee',
} as const

/** The demo people as their published person documents. */
export const people = {
  maya: {
    _id: personIds.maya,
    name: 'Maya Okafor',
    credentials: ['MPH'],
    isReviewer: false,
    sanityUserId: 'pMayaOkafor',
  },
  daniel: {
    _id: personIds.daniel,
    name: 'Dr. Daniel Reyes',
    credentials: ['MD'],
    specialty: 'Physical Medicine & Rehabilitation',
    credentialExpiry: '2026-12-31',
    isReviewer: true,
    sanityUserId: 'pDanielReyes',
  },
  helen: {
    _id: personIds.helen,
    name: 'Dr. Helen Carter',
    credentials: ['MD'],
    specialty: 'Family Medicine',
    credentialExpiry: '2027-06-30',
    isReviewer: true,
    sanityUserId: 'pHelenCarter',
  },
  sam: {_id: personIds.sam, name: 'Sam Lee', isReviewer: false, sanityUserId: 'pSamLee'},
} satisfies Record<string, PublishedPerson>

type Person = keyof typeof people

const credentialKeys = await makeKeys('credential-key')

/**
 * A credential record about `who` made by Sam, the administrator, as verified records: by
 * default their credential (MD) verified on 5 January 2026, current through 31 December 2026.
 */
export function credentialOf(
  who: Person,
  specs: ['credential-verified' | 'credential-revoked', Partial<UnsignedMedicalReviewRecord>?][] = [
    ['credential-verified'],
  ],
): Promise<VerifiedReviewRecord[]> {
  const {personId} = actors[who]
  return verified(
    credentialKeys,
    specs.map(([kind, overrides]) => [
      kind,
      {subject: {_type: 'reference', _ref: personId, _weak: true}, ...overrides},
    ]),
  )
}

/** With an expiry other than the default 31 December 2026. */
export async function credentialUntil(who: Person, expiresOn: string) {
  const [record] = await credentialOf(who)
  if (!record?.credential) throw new Error('fixture credential missing')
  return credentialOf(who, [
    ['credential-verified', {credential: {...record.credential, expiresOn}}],
  ])
}

/** The reviewers hold verified credentials; Maya and Sam hold none. */
export const credentials: Record<Person, readonly VerifiedReviewRecord[]> = {
  daniel: await credentialOf('daniel'),
  helen: await credentialOf('helen'),
  maya: [],
  sam: [],
}

export function actor(
  who: Person,
  role = who === 'sam' ? 'administrator' : 'contributor',
  person: PublishedPerson | null = people[who],
  credentialRecords: readonly VerifiedReviewRecord[] = credentials[who],
): PolicyActor {
  return {sanityUserId: people[who].sanityUserId, role, person, credentialRecords}
}

export const NOW = new Date('2026-06-01T12:00:00Z')

/**
 * Daniel looking at Maya's article draft (v1): she wrote it and edited it since the last
 * sign-off; nothing is recorded yet.
 */
export function context(overrides: Partial<PolicyContext> = {}): PolicyContext {
  return {
    actor: actor('daniel'),
    document: {type: 'article', draftFingerprint: FP.v1, authorIds: [personIds.maya]},
    records: [],
    history: [people.maya.sanityUserId],
    now: NOW,
    ...overrides,
  }
}
