import type {Metadata} from 'next'
import {notFound} from 'next/navigation'
import {ArticleView} from '../../../components/clinical/ArticleView.tsx'
import {JsonLd} from '../../../components/seo/JsonLd.tsx'
import {env} from '../../../env.ts'
import {getArticlePage} from '../../../sanity/fetch/clinicalPages.ts'
import {medicalWebPageJsonLd} from '../../../seo/jsonLd.ts'
import {clinicalMetadata, notFoundMetadata} from '../../../seo/metadata.ts'
import {approvedSlugs, reportErrorFor} from '../../clinicalRoute.ts'

export const revalidate = 3600

interface Props {
  params: Promise<{slug: string}>
}

export function generateStaticParams() {
  return approvedSlugs('article')
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
