import {describe, expect, it} from 'vitest'
import {
  medicalReviewRecordSchema,
  newReviewRecordId,
  ReviewRecordError,
  signRecord,
  type UnsignedMedicalReviewRecord,
} from '@vetted/schemas/review'
import {makeKeys, unsignedRecord} from './reviewFixtures.ts'

describe('newReviewRecordId', () => {
  it('makes review-<uuid v4> ids', () => {
    expect(newReviewRecordId()).toMatch(
      /^review-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    )
    expect(newReviewRecordId()).not.toBe(newReviewRecordId())
  })
})

describe('signRecord refuses records that break the record contract', () => {
  const broken: [string, UnsignedMedicalReviewRecord, string][] = [
    ['an id that is not review-<uuid v4>', unsignedRecord('approved', {_id: 'review-1'}), '_id'],
    [
      'a draft id as subject',
      unsignedRecord('approved', {
        subject: {_type: 'reference', _ref: 'drafts.article-seed-000', _weak: true},
      }),
      'subject._ref',
    ],
    [
      'a fingerprint that is not SHA-256 hex',
      unsignedRecord('approved', {fingerprint: 'abc'}),
      'fingerprint',
    ],
    ['a time that is not ISO 8601', unsignedRecord('approved', {at: 'yesterday'}), 'at'],
    [
      'a review date that is not a date',
      unsignedRecord('approved', {nextReviewDue: '2027-02-30'}),
      'nextReviewDue',
    ],
    [
      'an approval without a review date',
      unsignedRecord('approved', {nextReviewDue: undefined}),
      'an approval must say when review is due',
    ],
    [
      'a review date on a change request',
      unsignedRecord('changes-requested', {nextReviewDue: '2027-01-01'}),
      'only an approval has a review due date',
    ],
    [
      'a medical sign-off of a citation',
      unsignedRecord('approved', {subjectType: 'citation'}),
      'approved is only for clinical content',
    ],
    [
      'a citation verification of an article',
      unsignedRecord('citation-verified', {subjectType: 'article'}),
      'citation-verified is only for citations',
    ],
    [
      'a verification method outside a verification',
      unsignedRecord('approved', {verificationMethod: 'PubMed'}),
      'verificationMethod',
    ],
    [
      'a checklist on a review request',
      unsignedRecord('review-requested', {
        checklist: {
          claimsChecked: true,
          citationsVerified: true,
          dosagesChecked: true,
          noPromotionalContent: true,
        },
      }),
      'checklist',
    ],
    [
      'a takedown without a reason',
      unsignedRecord('unpublished', {notes: '  '}),
      'a takedown must give its reason',
    ],
    [
      'a credential record about content',
      unsignedRecord('credential-verified', {subjectType: 'article'}),
      'records about a person are credential records only',
    ],
    [
      'a sign-off of a person',
      unsignedRecord('approved', {subjectType: 'person'}),
      'records about a person are credential records only',
    ],
    [
      'a credential verification that names no credential',
      unsignedRecord('credential-verified', {credential: undefined}),
      'a credential verification, and only one, names the credential',
    ],
    [
      'a credential without an end date',
      unsignedRecord('credential-verified', {
        credential: {
          credentials: ['MD'],
          licence: {number: 'A1', jurisdiction: 'GMC'},
          expiresOn: 'until further notice',
        },
      }),
      'credential.expiresOn',
    ],
    [
      'a revocation without a reason',
      unsignedRecord('credential-revoked', {notes: ''}),
      'a revocation must give its reason',
    ],
    [
      'an unknown member',
      {...unsignedRecord('approved'), reviewer: 'me'} as UnsignedMedicalReviewRecord,
      'reviewer',
    ],
    [
      'a keyId of its own',
      {...unsignedRecord('approved'), keyId: 'k'} as UnsignedMedicalReviewRecord,
      'keyId',
    ],
  ]
  it.each(broken)('%s', async (_what, record, mentioned) => {
    const keys = await makeKeys()
    const error = await signRecord(record, keys).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ReviewRecordError)
    expect(String(error)).toContain('This review record cannot be signed')
    expect(String(error)).toContain(mentioned)
  })

  it('signs every kind built the way the contract describes', async () => {
    const keys = await makeKeys()
    for (const kind of [
      'review-requested',
      'changes-requested',
      'approved',
      'citation-verified',
      'unpublished',
      'credential-verified',
      'credential-revoked',
    ] as const) {
      const record = await signRecord(unsignedRecord(kind), keys)
      expect(medicalReviewRecordSchema.parse(record)).toEqual(record)
    }
  })

  it('accepts a time with an offset', async () => {
    const keys = await makeKeys()
    const record = await signRecord(
      unsignedRecord('approved', {at: '2026-03-02T11:00:00+01:00'}),
      keys,
    )
    expect(record.at).toBe('2026-03-02T11:00:00+01:00')
  })
})
