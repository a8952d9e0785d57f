import type {DemoUser} from '../demoUsers.ts'
import {SeedConsistencyError} from '../errors.ts'
import {personIds} from '../ids.ts'
import type {SeedDocument} from '../document.ts'

interface Profile {
  id: string
  name: string
  slug: string
  /** The Sanity role this person's demo login must have (roles are not job titles). */
  role: DemoUser['role']
  credentials: string[]
  jobTitle: string
  specialty?: string
  licence?: {number: string; jurisdiction: string}
  credentialExpiry?: string
  isReviewer: boolean
  bio: string
}

// Fictional demo people. Licence numbers carry a DEMO prefix so nobody mistakes them for real
// registrations. Reviewers' credentials run about two years past the demo date (2026-11-22).
const profiles: Profile[] = [
  {
    id: personIds.mayaOkafor,
    name: 'Maya Okafor',
    slug: 'maya-okafor',
    role: 'contributor',
    credentials: ['MPH'],
    jobTitle: 'Clinical editor',
    isReviewer: false,
    bio: 'Maya Okafor is a clinical editor with a master’s degree in public health. She imports and drafts patient information, checks every claim against its sources and prepares pages for medical review.',
  },
  {
    id: personIds.danielReyes,
    name: 'Dr. Daniel Reyes',
    slug: 'daniel-reyes',
    role: 'contributor',
    credentials: ['MD'],
    jobTitle: 'Consultant in Physical Medicine & Rehabilitation',
    specialty: 'Physical Medicine & Rehabilitation — spine',
    licence: {number: 'DEMO-MD-104233', jurisdiction: 'Medical Board of California'},
    credentialExpiry: '2028-11-30',
    isReviewer: true,
    bio: 'Dr. Daniel Reyes is a physician in physical medicine and rehabilitation who specialises in spine care. He reviews content on back pain, spinal conditions and their treatments.',
  },
  {
    id: personIds.helenCarter,
    name: 'Dr. Helen Carter',
    slug: 'helen-carter',
    role: 'contributor',
    credentials: ['MD'],
    jobTitle: 'Family physician',
    specialty: 'Family Medicine',
    licence: {number: 'DEMO-MD-208871', jurisdiction: 'Medical Board of California'},
    credentialExpiry: '2028-05-31',
    isReviewer: true,
    bio: 'Dr. Helen Carter is a family physician who looks after adults and children in primary care. She reviews content on common conditions and when to seek care.',
  },
  {
    id: personIds.samLee,
    name: 'Sam Lee',
    slug: 'sam-lee',
    role: 'administrator',
    credentials: [],
    jobTitle: 'Site administrator',
    isReviewer: false,
    bio: 'Sam Lee administers Vetted: people and reviewer credentials, site settings and access.',
  },
]

function demoUserFor(profile: Profile, users: DemoUser[]): DemoUser {
  const user = users.find((candidate) => candidate.personId === profile.id)
  const fix = 'Make scripts/demoUsers.json and scripts/src/seed/curated/people.ts agree.'
  if (!user) {
    throw new SeedConsistencyError(`No demo user has personId "${profile.id}". ${fix}`)
  }
  if (user.name !== profile.name || user.role !== profile.role) {
    throw new SeedConsistencyError(
      `Demo user ${user.id} is "${user.name}" (${user.role}) but person ${profile.id} is "${profile.name}" (${profile.role}). ${fix}`,
    )
  }
  return user
}

/** The demo people, published, each linked to its demo login by `sanityUserId`. */
export function buildPeople(users: DemoUser[]): SeedDocument[] {
  const unknown = users.filter(
    (user) => user.personId && !profiles.some((profile) => profile.id === user.personId),
  )
  if (unknown.length > 0) {
    throw new SeedConsistencyError(
      `Demo users ${unknown.map((user) => user.id).join(', ')} name people the seed does not create. Add them to scripts/src/seed/curated/people.ts or drop their personId.`,
    )
  }
  return profiles.map((profile) => ({
    _id: profile.id,
    _type: 'person',
    name: profile.name,
    slug: {_type: 'slug', current: profile.slug},
    credentials: profile.credentials,
    jobTitle: profile.jobTitle,
    ...(profile.specialty ? {specialty: profile.specialty} : {}),
    ...(profile.licence ? {licence: profile.licence} : {}),
    ...(profile.credentialExpiry ? {credentialExpiry: profile.credentialExpiry} : {}),
    isReviewer: profile.isReviewer,
    sanityUserId: demoUserFor(profile, users).id,
    bio: profile.bio,
  }))
}
