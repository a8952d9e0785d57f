import {
  filterVerifiedRecords,
  generateSigningKeyPair,
  importPrivateKey,
  importPublicKeys,
  newReviewRecordId,
  signRecord,
  type MedicalReviewRecord,
  type PolicyActor,
  type UnsignedMedicalReviewRecord,
  type VerifiedReviewRecord,
} from '@vetted/schemas/review'

export const NOW = new Date('2026-11-22T12:00:00Z')

export const people = {
  maya: {
    _id: 'person-maya-okafor',
    name: 'Maya Okafor',
    credentials: ['MPH'],
    isReviewer: false,
    sanityUserId: 'pMayaOkafor',
  },
  daniel: {
    _id: 'person-daniel-reyes',
    name: 'Dr. Daniel Reyes',
    credentials: ['MD'],
    isReviewer: true,
    credentialExpiry: '2028-11-30',
    sanityUserId: 'pDanielReyes',
  },
  sam: {
    _id: 'person-sam-lee',
    name: 'Sam Lee',
    credentials: [],
    isReviewer: false,
    sanityUserId: 'pSamLee',
  },
}

export function actor(who: keyof typeof people): PolicyActor & {name: string} {
  const person = people[who]
  return {
    sanityUserId: person.sanityUserId,
    name: person.name,
    role: who === 'sam' ? 'administrator' : 'contributor',
    person,
  }
}

const keyPair = generateSigningKeyPair()
export const keyId = 'unit-key'

export async function publicKeys() {
  return importPublicKeys({[keyId]: (await keyPair).publicKeyPem})
}

type Kind = UnsignedMedicalReviewRecord['kind']

/** A record signed with the fixture key, as the service would write it. */
export async function signed(
  kind: Kind,
  subject: {id: string; type: UnsignedMedicalReviewRecord['subjectType']},
  fingerprint: string,
  {
    by = 'daniel',
    when = NOW,
    ...extra
  }: {by?: keyof typeof people; when?: Date} & Partial<UnsignedMedicalReviewRecord> = {},
): Promise<MedicalReviewRecord> {
  const person = people[by]
  return signRecord(
    {
      _id: newReviewRecordId(),
      _type: 'medicalReview',
      subject: {_type: 'reference', _ref: subject.id, _weak: true},
      subjectType: subject.type,
      kind,
      fingerprint,
      subjectRevision: 'rev-1',
      actor: {
        personId: person._id,
        sanityUserId: person.sanityUserId,
        name: person.name,
        credentials: person.credentials,
      },
      at: when.toISOString(),
      ...(kind === 'approved' ? {nextReviewDue: '2027-11-22'} : {}),
      ...(kind === 'unpublished' ? {notes: 'Superseded'} : {}),
      ...extra,
    },
    {keyId, privateKey: await importPrivateKey((await keyPair).privateKeyPem)},
  )
}

export async function verified(records: MedicalReviewRecord[]): Promise<VerifiedReviewRecord[]> {
  return filterVerifiedRecords(records, await publicKeys())
}

export const minutesLater = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000)
