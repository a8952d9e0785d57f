import type {SanityDocument} from '@sanity/client'
import {expect} from 'vitest'
import type {TestLake} from '../../helpers/lake.ts'
import type {ServiceHarness} from './harness.ts'

/** The registry as the demo has it: Maya edits, Daniel and Helen review, Sam administers. */
export const people: Array<{_id: string; _type: 'person'} & Record<string, unknown>> = [
  {
    _type: 'person',
    _id: 'person-maya-okafor',
    name: 'Maya Okafor',
    credentials: ['MPH'],
    isReviewer: false,
    sanityUserId: 'pMayaOkafor',
  },
  {
    _type: 'person',
    _id: 'person-daniel-reyes',
    name: 'Dr. Daniel Reyes',
    credentials: ['MD'],
    specialty: 'Physical Medicine & Rehabilitation — spine',
    isReviewer: true,
    licence: {number: 'A123456', jurisdiction: 'Medical Board of California'},
    credentialExpiry: '2099-11-30',
    sanityUserId: 'pDanielReyes',
  },
  {
    _type: 'person',
    _id: 'person-helen-carter',
    name: 'Dr. Helen Carter',
    credentials: ['MD'],
    specialty: 'Family Medicine',
    isReviewer: true,
    licence: {number: 'G7654321', jurisdiction: 'GMC (UK)'},
    credentialExpiry: '2099-05-31',
    sanityUserId: 'pHelenCarter',
  },
  {
    _type: 'person',
    _id: 'person-sam-lee',
    name: 'Sam Lee',
    credentials: [],
    isReviewer: false,
    sanityUserId: 'pSamLee',
  },
]

const author = (personId: string) => ({
  _key: personId.slice(-12),
  _type: 'reference',
  _ref: personId,
})

/** A draft article by Maya (and optionally more authors), as the clinical editor saves it. */
export function articleDraft(
  id: string,
  {authors = ['person-maya-okafor']}: {authors?: string[]} = {},
) {
  return {
    _id: `drafts.${id}`,
    _type: 'article',
    title: `Heat for a lower back spasm (${id})`,
    slug: {_type: 'slug', current: id},
    standfirst: 'What the evidence says about heat wraps.',
    body: [
      {
        _key: 'a1b2c3d4e5f6',
        _type: 'block',
        style: 'normal',
        markDefs: [],
        children: [
          {_key: 'f6e5d4c3b2a1', _type: 'span', marks: [], text: 'Heat can ease a spasm.'},
        ],
      },
    ],
    authors: authors.map(author),
  }
}

export function citationDraft(id: string) {
  return {
    _id: `drafts.${id}`,
    _type: 'citation',
    title:
      'A comparison of acupuncture, simulated acupuncture, and usual care for chronic low back pain',
    authors: ['Cherkin DC', 'Deyo RA', 'Barlow WE'],
    journal: 'Arch Intern Med',
    year: 2009,
    volume: '169',
    issue: '16',
    pages: '1444-1451',
    publicationType: 'journal-article',
    verification: {status: 'unverified'},
    retracted: false,
  }
}

/** The reviewers in `people`, whose credentials Sam verifies in `seedRegistry`. */
export const reviewerIds = ['person-daniel-reyes', 'person-helen-carter']

/**
 * Publishes the people and site settings (Sam, administrator) the service reads, then Sam
 * verifies the two reviewers' credentials through the service, as the demo does.
 */
export async function seedRegistry(h: ServiceHarness): Promise<void> {
  await publishRegistry(h.lake)
  for (const personId of reviewerIds) {
    const answer = await h.call('verify-credential', 'pSamLee', {
      personId,
      method: 'Licence found active on the issuing board’s public register',
    })
    expect({status: answer.status, error: answer.body.error}).toMatchObject({status: 200})
  }
}

/** The people and the site settings, published by Sam (no credentials verified). */
export async function publishRegistry(lake: TestLake): Promise<void> {
  const sam = lake.client('pSamLee')
  const transaction = sam.transaction()
  for (const person of people) transaction.createOrReplace(person)
  transaction.createOrReplace({
    _id: 'siteSettings',
    _type: 'siteSettings',
    siteName: 'Vetted',
    defaultReviewIntervalMonths: 12,
  })
  await transaction.commit({visibility: 'sync'})
}

/** Maya saves a new draft (a contributor can write drafts and nothing else). */
export async function saveDraft(
  lake: TestLake,
  document: {_id: string; _type: string},
  userId = 'pMayaOkafor',
) {
  return lake.client(userId).create(document, {visibility: 'sync'})
}

/** A contributor's edit to an existing draft. */
export async function editDraft(
  lake: TestLake,
  id: string,
  set: Record<string, unknown>,
  userId: string,
): Promise<SanityDocument> {
  return lake.client(userId).patch(`drafts.${id}`).set(set).commit({visibility: 'sync'})
}
