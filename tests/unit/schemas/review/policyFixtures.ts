import type {PolicyActor, PolicyContext, PublishedPerson} from '@vetted/schemas/review'
import {FP} from './reviewFixtures.ts'

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

export function actor(
  who: Person,
  role = who === 'sam' ? 'administrator' : 'contributor',
  person: PublishedPerson | null = people[who],
): PolicyActor {
  return {sanityUserId: people[who].sanityUserId, role, person}
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
