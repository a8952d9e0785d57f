import type {Metadata} from 'next'
import {pathFor} from '../sanity/config.ts'
import type {ClinicalPage} from '../sanity/types.ts'

function description(page: ClinicalPage): string | undefined {
  const text =
    page.type === 'condition'
      ? page.summary
      : page.type === 'treatment'
        ? page.howItWorks
        : page.standfirst
  return text && text.length > 300 ? `${text.slice(0, 297).trimEnd()}…` : text
}

/**
 * Metadata for a clinical page. Drafts and pages whose review is overdue stay out of search
 * engines (`noindex`) until they are reviewed again.
 */
export function clinicalMetadata(page: ClinicalPage): Metadata {
  const path = pathFor(page.type, page.slug)
  const indexable = !page.isDraft && !page.review?.overdue
  return {
    title: page.isDraft ? `Draft: ${page.title}` : page.title,
    description: description(page),
    alternates: {canonical: path},
    robots: indexable ? {index: true, follow: true} : {index: false, follow: false},
    openGraph: {
      type: 'article',
      title: page.title,
      description: description(page),
      url: path,
      ...(page.review ? {modifiedTime: page.review.reviewedAt} : {}),
    },
  }
}

export const notFoundMetadata: Metadata = {
  title: 'Page not found',
  robots: {index: false, follow: true},
}
