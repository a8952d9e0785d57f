import {
  filterVerifiedRecords,
  generateSigningKeyPair,
  importPrivateKey,
  importPublicKeys,
  signRecord,
  type MedicalReviewRecord,
  type ReviewActor,
  type UnsignedMedicalReviewRecord,
  type VerifiedReviewRecord,
} from '@vetted/schemas/review'

/** Stand-in fingerprints: what matters to the policy is which ones are equal. */
export const FP = {
  v1: '1'.repeat(64),
  v2: '2'.repeat(64),
  v3: '3'.repeat(64),
} as const

export const actors = {
  maya: {
    personId: 'person-maya-okafor',
    sanityUserId: 'pMayaOkafor',
    name: 'Maya Okafor',
    credentials: ['MPH'],
  },
  daniel: {
    personId: 'person-daniel-reyes',
    sanityUserId: 'pDanielReyes',
    name: 'Dr. Daniel Reyes',
    credentials: ['MD'],
    specialty: 'Physical Medicine & Rehabilitation',
  },
  helen: {
    personId: 'person-helen-carter',
    sanityUserId: 'pHelenCarter',
    name: 'Dr. Helen Carter',
    credentials: ['MD'],
    specialty: 'Family Medicine',
  },
  sam: {personId: 'person-sam-lee', sanityUserId: 'pSamLee', name: 'Sam Lee', credentials: []},
} satisfies Record<string, ReviewActor>

let recordCounter = 0

/** A deterministic, contract-valid record id (uuid v4 shape). */
export function recordId(): string {
  recordCounter += 1
  return `review-00000000-0000-4000-8000-${recordCounter.toString(16).padStart(12, '0')}`
}

type Kind = UnsignedMedicalReviewRecord['kind']

/** A contract-valid unsigned record about article-seed-000 (citation-seed-004-1 for citations). */
export function unsignedRecord(
  kind: Kind,
  overrides: Partial<UnsignedMedicalReviewRecord> = {},
): UnsignedMedicalReviewRecord {
  const citation = kind === 'citation-verified' || overrides.subjectType === 'citation'
  const base: UnsignedMedicalReviewRecord = {
    _id: recordId(),
    _type: 'medicalReview',
    subject: {
      _type: 'reference',
      _ref: citation ? 'citation-seed-004-1' : 'article-seed-000',
      _weak: true,
    },
    subjectType: citation ? 'citation' : 'article',
    kind,
    fingerprint: FP.v1,
    subjectRevision: 'rev-draft-1',
    actor: kind === 'review-requested' ? actors.maya : actors.daniel,
    at: '2026-03-02T10:00:00.000Z',
  }
  if (kind === 'approved') {
    Object.assign(base, {
      nextReviewDue: '2027-03-02',
      checklist: {
        claimsChecked: true,
        citationsVerified: true,
        dosagesChecked: true,
        noPromotionalContent: true,
      },
      conflictOfInterest: {declared: false},
    })
  }
  if (kind === 'changes-requested') base.notes = 'Add a source for the second paragraph.'
  if (kind === 'unpublished') base.notes = 'Dosage advice is outdated.'
  if (kind === 'citation-verified') {
    Object.assign(base, {actor: actors.helen, verificationMethod: 'Checked against PubMed'})
  }
  if (kind === 'credential-verified' || kind === 'credential-revoked') {
    // Sam, the administrator, about Dr. Reyes (a person, not content).
    Object.assign(base, {
      subject: {_type: 'reference', _ref: actors.daniel.personId, _weak: true},
      subjectType: 'person',
      actor: actors.sam,
      subjectRevision: 'rev-person-1',
      at: '2026-01-05T09:00:00.000Z',
    })
    Object.assign(
      base,
      kind === 'credential-verified'
        ? {
            credential: {
              credentials: ['MD'],
              specialty: 'Physical Medicine & Rehabilitation',
              licence: {number: 'A123456', jurisdiction: 'Medical Board of California'},
              expiresOn: '2026-12-31',
            },
            verificationMethod: 'Licence found active on the board register',
          }
        : {notes: 'Licence suspended by the board.'},
    )
  }
  return {...base, ...overrides}
}

export type TestKeys = Awaited<ReturnType<typeof makeKeys>>

/** A real Ed25519 key pair, loaded the way the service loads its environment. */
export async function makeKeys(keyId = 'test-key-1') {
  const pair = await generateSigningKeyPair()
  const privateKey = await importPrivateKey(pair.privateKeyPem)
  const publicKeys = await importPublicKeys({[keyId]: pair.publicKeyPem})
  return {keyId, privateKey, publicKeys, ...pair}
}

export async function sign(
  keys: TestKeys,
  kind: Kind,
  overrides: Partial<UnsignedMedicalReviewRecord> = {},
): Promise<MedicalReviewRecord> {
  return signRecord(unsignedRecord(kind, overrides), keys)
}

/** Signs and verifies, so tests feed state and policy the same records production would. */
export async function verified(
  keys: TestKeys,
  specs: [Kind, Partial<UnsignedMedicalReviewRecord>?][],
): Promise<VerifiedReviewRecord[]> {
  const records = await Promise.all(specs.map(([kind, overrides]) => sign(keys, kind, overrides)))
  const result = await filterVerifiedRecords(records, keys.publicKeys)
  if (result.length !== records.length) throw new Error('a fixture record did not verify')
  return result
}

/** A record's `_id` (destructured: the lint config flags `._id` member access). */
export function idOf({_id: id}: {_id: string}): string {
  return id
}
