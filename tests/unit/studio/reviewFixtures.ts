import {
  filterVerifiedRecords,
  fingerprint as contentFingerprint,
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
    specialty: 'Physical Medicine & Rehabilitation — spine',
    licence: {number: 'DEMO-MD-104233', jurisdiction: 'Medical Board of California'},
    isReviewer: true,
    credentialExpiry: '2028-11-30',
    sanityUserId: 'pDanielReyes',
  },
  helen: {
    _id: 'person-helen-carter',
    name: 'Dr. Helen Carter',
    credentials: ['MD'],
    specialty: 'Family Medicine',
    licence: {number: 'DEMO-MD-208871', jurisdiction: 'Medical Board of California'},
    isReviewer: true,
    credentialExpiry: '2028-05-31',
    sanityUserId: 'pHelenCarter',
  },
  sam: {
    _id: 'person-sam-lee',
    name: 'Sam Lee',
    credentials: [],
    isReviewer: false,
    sanityUserId: 'pSamLee',
  },
}
type Who = keyof typeof people

const keyPair = generateSigningKeyPair()
export const keyId = 'unit-key'

export async function publicKeys() {
  return importPublicKeys({[keyId]: (await keyPair).publicKeyPem})
}

/** The fixture's signing key, as the service holds its own. */
export async function signingKey() {
  return {keyId, privateKey: await importPrivateKey((await keyPair).privateKeyPem)}
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
  }: {by?: Who; when?: Date} & Partial<UnsignedMedicalReviewRecord> = {},
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
      ...(kind === 'unpublished' || kind === 'credential-revoked' ? {notes: 'Superseded'} : {}),
      ...extra,
    },
    await signingKey(),
  )
}

export async function verified(records: MedicalReviewRecord[]): Promise<VerifiedReviewRecord[]> {
  return filterVerifiedRecords(records, await publicKeys())
}

export const minutesLater = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000)

/** When Sam verified the reviewers' credentials, some months before NOW. */
export const CREDENTIALED_AT = new Date('2026-03-02T09:00:00Z')

/**
 * Sam's signed `credential-verified` record of what a reviewer's profile says (credentials,
 * specialty, licence, end date), as the service writes it at verify-credential.
 */
export async function credentialRecord(
  who: 'daniel' | 'helen',
  {when = CREDENTIALED_AT, expiresOn}: {when?: Date; expiresOn?: string} = {},
): Promise<MedicalReviewRecord> {
  const person = people[who]
  const subject = {id: person._id, type: 'person' as const}
  return signed('credential-verified', subject, await contentFingerprint(person), {
    by: 'sam',
    when,
    credential: {
      credentials: person.credentials,
      specialty: person.specialty,
      licence: person.licence,
      expiresOn: expiresOn ?? person.credentialExpiry,
    },
    verificationMethod: `Licence ${person.licence.number} found active on the ${person.licence.jurisdiction} register`,
  })
}

// Signed once: the reviewers hold a verified credential; nobody else does.
const credentialRecords: Record<Who, VerifiedReviewRecord[]> = {
  maya: [],
  daniel: await verified([await credentialRecord('daniel')]),
  helen: await verified([await credentialRecord('helen')]),
  sam: [],
}

/** A demo person as the policy sees them: account, role, profile and credential records. */
export function actor(who: Who): PolicyActor & {name: string} {
  const person = people[who]
  return {
    sanityUserId: person.sanityUserId,
    name: person.name,
    role: who === 'sam' ? 'administrator' : 'contributor',
    person,
    credentialRecords: credentialRecords[who],
  }
}
