import {beforeAll, describe, expect, it} from 'vitest'
import {
  canonicalJson,
  filterVerifiedRecords,
  medicalReviewRecordSchema,
  ReviewKeyError,
  signingPayload,
  signRecord,
  verifyRecord,
  type MedicalReviewRecord,
} from '@vetted/schemas/review'
import {FP, idOf, makeKeys, sign, unsignedRecord, type TestKeys} from './reviewFixtures.ts'

let keyA: TestKeys
let keyB: TestKeys
let bothKeys: Map<string, CryptoKey>

beforeAll(async () => {
  ;[keyA, keyB] = await Promise.all([makeKeys('review-2025'), makeKeys('review-2026')])
  bothKeys = new Map([...keyA.publicKeys, ...keyB.publicKeys])
})

function edited(record: MedicalReviewRecord, edit: (copy: MedicalReviewRecord) => void) {
  const copy = structuredClone(record)
  edit(copy)
  return copy
}

describe('signRecord and verifyRecord', () => {
  it('round-trips: a signed record verifies, also after a trip through JSON', async () => {
    const record = await sign(keyA, 'approved')
    expect(record.keyId).toBe('review-2025')
    expect(record.signature).toMatch(/^[A-Za-z0-9_-]{86}$/)
    expect(await verifyRecord(record, keyA.publicKeys)).toBe(true)
    expect(await verifyRecord(JSON.parse(JSON.stringify(record)), keyA.publicKeys)).toBe(true)
  })

  it('still verifies with the store system fields added and members in another order', async () => {
    const record = await sign(keyA, 'approved')
    const stored = Object.fromEntries(
      Object.entries({
        ...record,
        _rev: 'x1',
        _createdAt: '2026-03-02T10:00:01Z',
        _updatedAt: '2026-03-02T10:00:01Z',
        _originalId: idOf(record),
        _system: {},
      }).reverse(),
    )
    expect(await verifyRecord(stored, keyA.publicKeys)).toBe(true)
  })

  it('signs RFC 8785 canonical JSON of the record without signature (_id, _type, keyId included)', async () => {
    const record = await sign(keyA, 'approved')
    const {signature, ...signed} = record
    expect(signingPayload(record)).toBe(canonicalJson(signed))
    expect(signingPayload(record)).toContain('"_id":"review-')
    expect(signingPayload(record)).toContain('"_type":"medicalReview"')
    expect(signingPayload(record)).toContain('"keyId":"review-2025"')
    const [key] = keyA.publicKeys.values()
    if (!key) throw new Error('no key')
    const bytes = Uint8Array.from(atob(signature.replaceAll('-', '+').replaceAll('_', '/')), (c) =>
      c.charCodeAt(0),
    )
    const payload = new TextEncoder().encode(canonicalJson(signed))
    expect(await crypto.subtle.verify('Ed25519', key, bytes, payload)).toBe(true)
  })

  it('accepts a plain object of keys as well as a Map', async () => {
    const record = await sign(keyA, 'approved')
    expect(await verifyRecord(record, Object.fromEntries(keyA.publicKeys))).toBe(true)
  })

  describe('fails when any single field changes', () => {
    const changes: [string, (record: MedicalReviewRecord) => void][] = [
      ['_id', (r) => Object.assign(r, {_id: 'review-00000000-0000-4000-8000-0000000000ff'})],
      ['subject reference', (r) => Object.assign(r.subject, {_ref: 'article-seed-001'})],
      ['subjectType', (r) => (r.subjectType = 'condition')],
      ['fingerprint', (r) => (r.fingerprint = FP.v2)],
      ['subjectRevision', (r) => (r.subjectRevision = 'rev-draft-2')],
      ['actor.personId', (r) => (r.actor.personId = 'person-helen-carter')],
      ['actor.sanityUserId', (r) => (r.actor.sanityUserId = 'pHelenCarter')],
      ['actor.name', (r) => (r.actor.name = 'Dr. Helen Carter')],
      ['actor.credentials', (r) => r.actor.credentials.push('PhD')],
      ['actor.specialty', (r) => (r.actor.specialty = 'Orthopaedics')],
      ['checklist.claimsChecked', (r) => r.checklist && (r.checklist.claimsChecked = false)],
      [
        'checklist.citationsVerified',
        (r) => r.checklist && (r.checklist.citationsVerified = false),
      ],
      ['checklist.dosagesChecked', (r) => r.checklist && (r.checklist.dosagesChecked = false)],
      [
        'checklist.noPromotionalContent',
        (r) => r.checklist && (r.checklist.noPromotionalContent = false),
      ],
      ['notes (added)', (r) => (r.notes = 'Looks fine.')],
      [
        'conflictOfInterest.declared',
        (r) => r.conflictOfInterest && (r.conflictOfInterest.declared = true),
      ],
      [
        'conflictOfInterest.statement',
        (r) => r.conflictOfInterest && (r.conflictOfInterest.statement = 'Speaker fees'),
      ],
      ['at', (r) => (r.at = '2026-03-02T10:00:00.001Z')],
      ['nextReviewDue', (r) => (r.nextReviewDue = '2027-09-02')],
      ['an added member', (r) => Object.assign(r, {approvedBy: 'someone else'})],
      ['a removed optional member', (r) => delete r.conflictOfInterest],
    ]
    it.each(changes)('%s', async (_field, change) => {
      const record = await sign(keyA, 'approved')
      const changed = edited(record, change)
      expect(canonicalJson(changed)).not.toBe(canonicalJson(record))
      // Still a well-formed record: it is the signature that catches the change.
      expect(medicalReviewRecordSchema.safeParse(changed).success).toBe(true)
      expect(await verifyRecord(changed, keyA.publicKeys)).toBe(false)
    })

    it('kind', async () => {
      const record = await sign(keyA, 'changes-requested')
      const changed = edited(record, (r) => (r.kind = 'review-requested'))
      expect(medicalReviewRecordSchema.safeParse(changed).success).toBe(true)
      expect(await verifyRecord(changed, keyA.publicKeys)).toBe(false)
    })

    it('notes (edited) and verificationMethod', async () => {
      const takedown = await sign(keyA, 'unpublished')
      const verification = await sign(keyA, 'citation-verified')
      expect(
        await verifyRecord(
          edited(takedown, (r) => (r.notes = 'Fine.')),
          keyA.publicKeys,
        ),
      ).toBe(false)
      expect(
        await verifyRecord(
          edited(verification, (r) => (r.verificationMethod = 'Looked plausible')),
          keyA.publicKeys,
        ),
      ).toBe(false)
    })
  })

  it('fails for an unknown key id', async () => {
    const record = await sign(keyA, 'approved')
    expect(await verifyRecord(record, keyB.publicKeys)).toBe(false)
    expect(await verifyRecord(record, new Map())).toBe(false)
    expect(await verifyRecord({...record, keyId: 'constructor'}, {})).toBe(false)
  })

  it('fails for a record signed with key A but labelled key B', async () => {
    const record = await sign(keyA, 'approved')
    expect(await verifyRecord({...record, keyId: keyB.keyId}, bothKeys)).toBe(false)
    // Relabelling and re-signing with the wrong key does not help either.
    const {keyId: _keyId, signature: _signature, ...unsigned} = record
    const mislabelled = await signRecord(unsigned, {keyId: keyB.keyId, privateKey: keyA.privateKey})
    expect(await verifyRecord(mislabelled, bothKeys)).toBe(false)
  })

  it('keeps verifying records under the old key after rotation when both keys are listed', async () => {
    const old = await sign(keyA, 'approved')
    const current = await sign(keyB, 'approved')
    expect(await verifyRecord(old, bothKeys)).toBe(true)
    expect(await verifyRecord(current, bothKeys)).toBe(true)
    expect(await verifyRecord(old, keyB.publicKeys)).toBe(false)
  })

  it.each([
    ['not base64url', '!'.repeat(86)],
    ['padded', `${'A'.repeat(84)}==`],
    ['too short', 'A'.repeat(85)],
    ['stray trailing bits (a second spelling of the same bytes)', 'B'],
    ['all zero bytes', 'A'.repeat(86)],
  ])('returns false, without throwing, for a signature that is %s', async (_what, tail) => {
    const record = await sign(keyA, 'approved')
    const signature = tail.length === 1 ? record.signature.slice(0, 85) + tail : tail
    if (signature === record.signature) throw new Error('the change must change something')
    expect(await verifyRecord({...record, signature}, keyA.publicKeys)).toBe(false)
  })

  it.each([
    ['null', null],
    ['a string', 'review'],
    ['an empty object', {}],
    ['an array', []],
  ])('returns false for %s', async (_what, value) => {
    expect(await verifyRecord(value, keyA.publicKeys)).toBe(false)
  })

  it('returns false for a schema-invalid record even when its signature is genuine', async () => {
    const record = await sign(keyA, 'approved')
    const {signature: _signature, ...withoutSignature} = record
    expect(await verifyRecord(withoutSignature, keyA.publicKeys)).toBe(false)
    expect(await verifyRecord({...record, fingerprint: 'ABC'}, keyA.publicKeys)).toBe(false)
  })

  it('returns false when the listed key cannot verify Ed25519', async () => {
    const record = await sign(keyA, 'approved')
    const hmac = await crypto.subtle.generateKey({name: 'HMAC', hash: 'SHA-256'}, false, ['verify'])
    expect(await verifyRecord(record, {[keyA.keyId]: hmac})).toBe(false)
  })

  it('refuses to sign with a key that cannot sign', async () => {
    const [publicKey] = keyA.publicKeys.values()
    if (!publicKey) throw new Error('no key')
    await expect(
      signRecord(unsignedRecord('approved'), {keyId: 'k', privateKey: publicKey}),
    ).rejects.toThrow(ReviewKeyError)
    await expect(
      signRecord(unsignedRecord('approved'), {keyId: ' ', privateKey: keyA.privateKey}),
    ).rejects.toThrow('REVIEW_SIGNING_KEY_ID')
  })
})

describe('filterVerifiedRecords', () => {
  it('keeps only records that verify, in order, optionally for one document', async () => {
    const good = await sign(keyA, 'approved')
    const otherDocument = await sign(keyA, 'review-requested', {
      subject: {_type: 'reference', _ref: 'article-seed-001', _weak: true},
    })
    const forged = {...(await sign(keyA, 'approved')), fingerprint: FP.v3}
    const unknownKey = await sign(keyB, 'approved')
    const all = [good, forged, 'junk', unknownKey, otherDocument]
    const kept = await filterVerifiedRecords(all, keyA.publicKeys)
    expect(kept.map(idOf)).toEqual([idOf(good), idOf(otherDocument)])
    const forArticle = await filterVerifiedRecords(all, keyA.publicKeys, {
      subjectId: 'article-seed-000',
    })
    expect(forArticle.map(idOf)).toEqual([idOf(good)])
  })

  it('drops store system fields from the records it returns', async () => {
    const record = await sign(keyA, 'approved')
    const [kept] = await filterVerifiedRecords([{...record, _rev: 'r1'}], keyA.publicKeys)
    expect(kept).toEqual(record)
  })
})
