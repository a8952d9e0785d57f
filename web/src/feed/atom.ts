import type {ClinicalSummary} from '../sanity/types.ts'
import {nameWithCredentials} from '../sanity/reshape/people.ts'

const maxEntries = 50

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/**
 * The public medical-review feed (Atom 1.0): one entry per signed approval of every page that
 * passes the trust gate, newest first. Entry ids are the review records' ids, so a reader's feed
 * client sees each review once.
 */
export function reviewFeed({
  siteUrl,
  siteName,
  entries,
}: {
  siteUrl: string
  siteName: string
  entries: ClinicalSummary[]
}): string {
  const reviews = entries
    .flatMap((entry) => entry.approvals.map((approval) => ({entry, approval})))
    .sort((a, b) => Date.parse(b.approval.reviewedAt) - Date.parse(a.approval.reviewedAt))
    .slice(0, maxEntries)
  const updated = reviews[0]?.approval.reviewedAt ?? new Date(0).toISOString()
  const items = reviews.map(({entry, approval}) => {
    const reviewer = nameWithCredentials(approval.reviewer)
    const url = `${siteUrl}${entry.path}`
    return [
      '  <entry>',
      `    <title>${escapeXml(`${entry.title}: medically reviewed by ${reviewer}`)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <id>${escapeXml(`${siteUrl}/feed.xml#${approval.recordId}`)}</id>`,
      `    <published>${escapeXml(approval.reviewedAt)}</published>`,
      `    <updated>${escapeXml(approval.reviewedAt)}</updated>`,
      `    <author><name>${escapeXml(reviewer)}</name></author>`,
      entry.description ? `    <summary>${escapeXml(entry.description)}</summary>` : '',
      '  </entry>',
    ]
      .filter(Boolean)
      .join('\n')
  })
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeXml(`${siteName}: medical reviews`)}</title>`,
    '  <subtitle>Each time a page is medically reviewed and signed off.</subtitle>',
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(`${siteUrl}/feed.xml`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(`${siteUrl}/`)}"/>`,
    `  <id>${escapeXml(`${siteUrl}/feed.xml`)}</id>`,
    `  <updated>${escapeXml(updated)}</updated>`,
    ...items,
    '</feed>',
    '',
  ].join('\n')
}
