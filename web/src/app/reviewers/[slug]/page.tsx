import type {Metadata} from 'next'
import {notFound} from 'next/navigation'
import {PersonProfileView} from '../../../components/people/PersonProfileView.tsx'
import {getPersonPage} from '../../../sanity/fetch/people.ts'
import {nameWithCredentials} from '../../../sanity/reshape/people.ts'
import {notFoundMetadata} from '../../../seo/metadata.ts'

// Rendered on every request Next sees, from the lake: the response cache in front of Next
// (web/server.ts) is the site's one cache, and a publish or takedown purges it.
export const dynamic = 'force-dynamic'

interface Props {
  params: Promise<{slug: string}>
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const found = await getPersonPage((await params).slug)
  if (!found) return notFoundMetadata
  const {person} = found
  return {
    title: nameWithCredentials(person),
    description: [person.jobTitle, person.specialty].filter(Boolean).join(', ') || undefined,
    alternates: {canonical: `/reviewers/${encodeURIComponent(person.slug ?? '')}`},
  }
}

export default async function PersonRoute({params}: Props) {
  const found = await getPersonPage((await params).slug)
  if (!found) notFound()
  return <PersonProfileView {...found} />
}
