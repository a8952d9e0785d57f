import {describe, expect, it} from 'vitest'
import {reviewFeed} from '../../../../web/src/feed/atom.ts'
import type {ClinicalSummary, ReviewCredit} from '../../../../web/src/sanity/types.ts'
import {review} from '../components/pageFixtures.ts'

const older: ReviewCredit = {
  ...review,
  recordId: 'review-old',
  reviewedAt: '2024-03-01T00:00:00.000Z',
}

const entry: ClinicalSummary = {
  id: 'condition-lower-back-spasm',
  type: 'condition',
  title: 'Lower back spasm & "cramp"',
  slug: 'lower-back-spasm',
  path: '/conditions/lower-back-spasm',
  description: 'A sudden <tightening>.',
  synonyms: [],
  relatedIds: [],
  authorIds: [],
  review,
  approvals: [review, older],
}

const feed = reviewFeed({siteUrl: 'https://vetted.example', siteName: 'Vetted', entries: [entry]})

describe('reviewFeed', () => {
  it('is an Atom feed with one entry per signed approval, newest first', () => {
    expect(feed).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/,
    )
    const ids = [...feed.matchAll(/<entry>[\s\S]*?<id>(.*?)<\/id>/g)].map((match) => match[1])
    expect(ids).toEqual([
      'https://vetted.example/feed.xml#review-1',
      'https://vetted.example/feed.xml#review-old',
    ])
  })

  it('names the page, the reviewer and the date of each review', () => {
    expect(feed).toContain(
      '<title>Lower back spasm &amp; &quot;cramp&quot;: medically reviewed by Dr. Daniel Reyes, MD</title>',
    )
    expect(feed).toContain('<updated>2025-03-12T10:00:00.000Z</updated>')
    expect(feed).toContain(
      '<link rel="alternate" type="text/html" href="https://vetted.example/conditions/lower-back-spasm"/>',
    )
  })

  it('escapes content', () => {
    expect(feed).toContain('<summary>A sudden &lt;tightening&gt;.</summary>')
  })

  it('is updated as of its newest review', () => {
    expect(feed).toMatch(
      /<id>https:\/\/vetted.example\/feed.xml<\/id>\n  <updated>2025-03-12T10:00:00.000Z<\/updated>/,
    )
  })
})
