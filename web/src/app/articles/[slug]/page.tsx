import type {Metadata} from 'next'
import {notFound} from 'next/navigation'
import {ArticleView} from '../../../components/clinical/ArticleView.tsx'
import {JsonLd} from '../../../components/seo/JsonLd.tsx'
import {env} from '../../../env.ts'
import {getArticlePage} from '../../../sanity/fetch/clinicalPages.ts'
import {medicalWebPageJsonLd} from '../../../seo/jsonLd.ts'
import {clinicalMetadata, notFoundMetadata} from '../../../seo/metadata.ts'
import {reportErrorFor} from '../../clinicalRoute.ts'

// Rendered on every request Next sees, from the lake: the response cache in front of Next
// (web/server.ts) is the site's one cache, and a publish or takedown purges it.
export const dynamic = 'force-dynamic'

interface Props {
  params: Promise<{slug: string}>
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const page = await getArticlePage((await params).slug)
  return page ? clinicalMetadata(page) : notFoundMetadata
}

export default async function ArticleRoute({params}: Props) {
  const page = await getArticlePage((await params).slug)
  if (!page) notFound()
  return (
    <>
      <JsonLd data={medicalWebPageJsonLd(page, env.SITE_URL)} />
      <ArticleView page={page} reportError={await reportErrorFor(page)} />
    </>
  )
}
