import {serializeJsonLd} from '../../seo/jsonLd.ts'

export function JsonLd({data}: {data: object | undefined}) {
  if (!data) return null
  return (
    <script type="application/ld+json" dangerouslySetInnerHTML={{__html: serializeJsonLd(data)}} />
  )
}
