import {describe, expect, it} from 'vitest'
import {fingerprint} from '@vetted/schemas/review'
import {
  queueEntries,
  reviewAll,
  type QueueId,
  type StoredDocument,
} from '../../../../studio/src/structure/queues.ts'
import {minutesLater, NOW, publicKeys, signed} from '../reviewFixtures.ts'

const maya = {_type: 'reference', _ref: 'person-maya-okafor'}

function article(id: string, title: string, extra: Record<string, unknown> = {}): StoredDocument {
  return {_id: id, _type: 'article', _rev: `rev-${id}`, title, authors: [maya], ...extra}
}

const at = (id: string) => ({id, type: 'article' as const})
const fp = (document: StoredDocument) => fingerprint(document)

async function scenario() {
  const fresh = article('drafts.a-fresh', 'Fresh draft')
  const inReview = article('drafts.a-review', 'Waiting article')
  const sentBack = article('drafts.a-back', 'Sent back')
  const ready = article('drafts.a-ready', 'Ready article')
  const live = article('a-live', 'Live article')
  const overdue = article('a-overdue', 'Overdue article')
  const unapproved = article('a-unapproved', 'Published behind our back')
  const edited = article('drafts.a-edited', 'Edited after sign-off', {standfirst: 'new'})
  const editedApproved = article('a-edited', 'Edited after sign-off')
  const documents = [
    fresh,
    inReview,
    sentBack,
    ready,
    live,
    overdue,
    unapproved,
    edited,
    editedApproved,
  ]
  const records = [
    await signed('review-requested', at('a-review'), await fp(inReview), {by: 'maya'}),
    await signed('changes-requested', at('a-back'), await fp(sentBack), {
      notes: 'Cite the guideline',
    }),
    await signed('approved', at('a-ready'), await fp(ready)),
    // Live content: approved, then published by the service (a signed `published` record).
    await signed('approved', at('a-live'), await fp(live)),
    await signed('published', at('a-live'), await fp(live), {when: minutesLater(1)}),
    await signed('approved', at('a-overdue'), await fp(overdue), {
      when: new Date('2025-01-01T00:00:00Z'),
      nextReviewDue: '2026-01-01',
    }),
    await signed('published', at('a-overdue'), await fp(overdue), {
      when: new Date('2025-01-01T00:01:00Z'),
    }),
    await signed('approved', at('a-edited'), await fp(editedApproved), {when: minutesLater(-5)}),
    await signed('published', at('a-edited'), await fp(editedApproved), {when: minutesLater(-4)}),
  ]
  const tampered = {
    ...(await signed('approved', at('a-unapproved'), await fp(unapproved))),
    notes: 'edited',
  }
  return reviewAll(documents, [...records, tampered], await publicKeys(), NOW)
}

const titles = (
  queue: QueueId,
  reviews: Awaited<ReturnType<typeof scenario>>,
  me: string | null = 'person-maya-okafor',
) => queueEntries(queue, reviews, me).map((entry) => entry.title)

describe('review queues, derived in the browser from fingerprints and verified records', () => {
  it('sorts each document into the queue its state calls for', async () => {
    const reviews = await scenario()
    expect(titles('awaiting-review', reviews)).toEqual(['Waiting article'])
    expect(titles('changes-requested', reviews)).toEqual(['Sent back'])
    expect(titles('approved', reviews)).toEqual(['Ready article'])
    expect(titles('review-overdue', reviews)).toEqual(['Overdue article'])
    expect(titles('integrity-alerts', reviews)).toEqual(['Published behind our back'])
  })

  it('lists my drafts that still need work, not other people’s', async () => {
    const reviews = await scenario()
    expect(titles('my-drafts', reviews)).toEqual([
      'Edited after sign-off',
      'Fresh draft',
      'Sent back',
    ])
    expect(titles('my-drafts', reviews, 'person-daniel-reyes')).toEqual([])
    expect(titles('my-drafts', reviews, null)).toEqual([])
  })

  it('says why a document is in a queue', async () => {
    const reviews = await scenario()
    expect(queueEntries('changes-requested', reviews, null)[0]?.detail).toMatch(
      /Cite the guideline/,
    )
    expect(queueEntries('integrity-alerts', reviews, null)[0]?.detail).toMatch(/site hides it/)
  })
})
