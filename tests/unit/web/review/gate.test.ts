import {beforeAll, describe, expect, it} from 'vitest'
import type {PublicKeys} from '@vetted/schemas/review'
import {checkPublishedDocument} from '../../../../web/src/review/gate.ts'
import {
  heatTherapy,
  lowerBackSpasm,
  stored,
  testSigner,
  type TestSigner,
} from '../../../fixtures/web/content.ts'

const now = new Date('2025-06-01T12:00:00Z')

const entries = (keys: PublicKeys): [string, CryptoKey][] =>
  keys instanceof Map ? [...keys.entries()] : Object.entries(keys)
let signer: TestSigner
let otherSigner: TestSigner

beforeAll(async () => {
  signer = await testSigner('site-key')
  otherSigner = await testSigner('rogue-key')
})

/** What the gate decides, with Dr. Reyes's credential on record (as the site fetches it). */
const judge = (document: unknown, records: readonly unknown[], keys: PublicKeys = signer.keys) =>
  checkPublishedDocument(document, records, signer.credentialRecords, keys, now)

describe('checkPublishedDocument', () => {
  describe('shows a document', () => {
    it('when a validly signed approval names exactly its fingerprint', async () => {
      const doc = lowerBackSpasm()
      const [approval, publication] = await signer.live(doc)
      const verdict = await judge(doc, [approval, publication])
      expect(verdict).toMatchObject({visible: true, overdue: false, approval: {_id: approval._id}})
    })

    it('whatever system fields and publish-time reference flags the store adds', async () => {
      const records = await signer.live(lowerBackSpasm())
      const asPublished = lowerBackSpasm({
        _rev: 'another-rev',
        _updatedAt: '2025-05-05T00:00:00Z',
        treatments: [
          {_type: 'reference', _ref: 'treatment-heat-therapy', _key: 't1', _weak: true},
          {_type: 'reference', _ref: 'treatment-muscle-relaxants', _key: 't2'},
        ],
      })
      const verdict = await judge(asPublished, records)
      expect(verdict.visible).toBe(true)
    })

    it('with a notice when its review date has passed (overdue, not hidden)', async () => {
      const doc = lowerBackSpasm()
      const records = await signer.live(doc, {nextReviewDue: '2025-05-31'})
      const verdict = await judge(doc, records)
      expect(verdict).toMatchObject({visible: true, overdue: true})
    })

    it('on its due date itself, not yet overdue', async () => {
      const doc = lowerBackSpasm()
      const records = await signer.live(doc, {nextReviewDue: '2025-06-01'})
      const verdict = await judge(doc, records)
      expect(verdict).toMatchObject({visible: true, overdue: false})
    })

    it('after a rotation, with records signed by any listed key', async () => {
      const doc = lowerBackSpasm()
      const records = await otherSigner.live(doc)
      const keys = new Map([...entries(signer.keys), ...entries(otherSigner.keys)])
      const verdict = await judge(doc, records, keys)
      expect(verdict.visible).toBe(true)
    })
  })

  describe('hides a document', () => {
    it('that cannot be fingerprinted, with a reason instead of a crash', async () => {
      const unfingerprintable = {...lowerBackSpasm(), reviewedOn: new Date(0)}
      const verdict = await judge(unfingerprintable, [])
      expect(verdict).toMatchObject({
        visible: false,
        reasons: [expect.stringMatching(/cannot be fingerprinted.*a Date is not plain JSON data/)],
      })
    })

    it('with no records at all', async () => {
      const verdict = await judge(lowerBackSpasm(), [])
      expect(verdict).toMatchObject({
        visible: false,
        reasons: [expect.stringMatching(/no validly signed approved record/)],
      })
    })

    it('whose published content changed after sign-off (tampered)', async () => {
      const approved = lowerBackSpasm()
      const records = await signer.live(approved)
      const tampered = lowerBackSpasm({summary: 'Cured in 24 hours, guaranteed.'})
      const verdict = await judge(tampered, records)
      expect(verdict).toMatchObject({
        visible: false,
        reasons: [expect.stringMatching(/matches no signed approval/)],
      })
    })

    it('when the approval was edited to name the tampered fingerprint', async () => {
      const tampered = lowerBackSpasm({summary: 'Cured in 24 hours, guaranteed.'})
      const genuine = await signer.sign(lowerBackSpasm())
      const forged = stored({...genuine, fingerprint: (await signer.sign(tampered)).fingerprint})
      const verdict = await judge(tampered, [forged])
      expect(verdict).toMatchObject({
        visible: false,
        reasons: expect.arrayContaining([expect.stringMatching(/does not verify/)]),
      })
    })

    it('approved only by a key the site does not trust', async () => {
      const doc = lowerBackSpasm()
      const records = await otherSigner.live(doc)
      const verdict = await judge(doc, records)
      expect(verdict).toMatchObject({
        visible: false,
        reasons: expect.arrayContaining([
          expect.stringMatching(/"rogue-key" is not in REVIEW_PUBLIC_KEYS/),
        ]),
      })
    })

    it('whose signature was removed', async () => {
      const doc = lowerBackSpasm()
      const {signature: _removed, ...unsigned} = await signer.sign(doc)
      const verdict = await judge(doc, [unsigned])
      expect(verdict.visible).toBe(false)
    })

    it('when the only approval is about another document', async () => {
      const doc = lowerBackSpasm()
      const otherRecords = await signer.live(heatTherapy())
      const verdict = await judge(doc, otherRecords)
      expect(verdict.visible).toBe(false)
    })

    it('when a signed takedown of the same revision follows its approval', async () => {
      const doc = lowerBackSpasm()
      const records = [
        ...(await signer.live(doc, {at: '2025-03-01T00:00:00.000Z'})),
        stored(await signer.sign(doc, {kind: 'unpublished', at: '2025-04-01T00:00:00.000Z'})),
      ]
      const verdict = await judge(doc, records)
      expect(verdict).toMatchObject({
        visible: false,
        reasons: [expect.stringMatching(/taken down/)],
      })
    })

    it('approved, but published by an administrator without a signed publish record', async () => {
      const doc = lowerBackSpasm()
      const approval = stored(await signer.sign(doc))
      const verdict = await judge(doc, [approval])
      expect(verdict).toMatchObject({
        visible: false,
        reasons: [
          expect.stringMatching(
            /this content is approved, but no signed "published" record .* published outside the service/,
          ),
        ],
      })
    })

    it('when an earlier approved version is put back after the service published a newer one', async () => {
      const v1 = lowerBackSpasm()
      const v2 = lowerBackSpasm({summary: 'Corrected: heat helps for a few days only.'})
      const records = [
        ...(await signer.live(v1, {at: '2025-03-01T00:00:00.000Z'})),
        ...(await signer.live(v2, {at: '2025-04-01T00:00:00.000Z'})),
      ]
      expect((await judge(v2, records)).visible).toBe(true)
      const verdict = await judge(v1, records)
      expect(verdict).toMatchObject({
        visible: false,
        reasons: [
          expect.stringMatching(
            /was approved once, but the publisher service last published other content: it was put back outside the service/,
          ),
        ],
      })
    })

    it('when taken down, though its approval is valid and the takedown names another revision', async () => {
      const doc = lowerBackSpasm()
      const records = [
        ...(await signer.live(doc, {at: '2025-03-01T00:00:00.000Z'})),
        stored(
          await signer.sign(doc, {
            kind: 'unpublished',
            at: '2025-04-01T00:00:00.000Z',
            fingerprintOf: lowerBackSpasm({summary: 'The draft open at takedown.'}),
          }),
        ),
      ]
      const verdict = await judge(doc, records)
      expect(verdict).toMatchObject({
        visible: false,
        reasons: [expect.stringMatching(/was taken down .*signed "unpublished" record/)],
      })
    })

    it('when it is a draft, not a published document', async () => {
      const draft = lowerBackSpasm({_id: 'drafts.condition-lower-back-spasm'})
      const verdict = await judge(draft, [])
      expect(verdict.visible).toBe(false)
    })

    it('when it is not a clinical type', async () => {
      const verdict = await judge({_id: 'x', _type: 'person'}, [])
      expect(verdict.visible).toBe(false)
    })
  })

  describe('between several records', () => {
    it('uses the approval of the published revision, not a newer one of a draft', async () => {
      const published = lowerBackSpasm()
      const records = [
        ...(await signer.live(published, {at: '2025-03-01T00:00:00.000Z'})),
        stored(
          await signer.sign(published, {
            at: '2025-05-01T00:00:00.000Z',
            fingerprintOf: lowerBackSpasm({summary: 'A newer draft.'}),
          }),
        ),
      ]
      const verdict = await judge(published, records)
      expect(verdict).toMatchObject({
        visible: true,
        approval: {at: '2025-03-01T00:00:00.000Z'},
        approvals: [
          {record: {at: '2025-05-01T00:00:00.000Z'}},
          {record: {at: '2025-03-01T00:00:00.000Z'}},
        ],
      })
    })

    it('keeps live content up when changes are requested on it later', async () => {
      const doc = lowerBackSpasm()
      const records = [
        ...(await signer.live(doc, {at: '2025-03-01T00:00:00.000Z'})),
        stored(await signer.sign(doc, {kind: 'changes-requested', at: '2025-04-01T00:00:00.000Z'})),
      ]
      const verdict = await judge(doc, records)
      expect(verdict.visible).toBe(true)
    })

    it('shows again once re-approved and re-published by the service after a takedown', async () => {
      const doc = lowerBackSpasm()
      const records = [
        ...(await signer.live(doc, {at: '2025-03-01T00:00:00.000Z'})),
        stored(await signer.sign(doc, {kind: 'unpublished', at: '2025-04-01T00:00:00.000Z'})),
        ...(await signer.live(doc, {at: '2025-05-01T00:00:00.000Z'})),
      ]
      const verdict = await judge(doc, records)
      expect(verdict).toMatchObject({visible: true, approval: {at: '2025-05-01T00:00:00.000Z'}})
    })

    it('is not hidden by a stray record that does not verify', async () => {
      const doc = lowerBackSpasm()
      const good = await signer.live(doc)
      const bad = stored(await otherSigner.sign(doc))
      const verdict = await judge(doc, [...good, bad])
      expect(verdict.visible).toBe(true)
    })
  })
})
