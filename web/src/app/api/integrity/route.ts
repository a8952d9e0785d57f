import {buildClinicalIndex} from '../../../review/clinicalIndex.ts'
import {reviewPublicKeys} from '../../../review/keys.ts'
import {sanityClient} from '../../../sanity/client.ts'
import {clinicalIndexQuery} from '../../../sanity/queries/clinical.ts'

export const dynamic = 'force-dynamic'

/**
 * Published clinical documents the site refuses to show, with the reasons: the Studio's
 * "Integrity alerts" list. Always read fresh, never from the site's cache.
 */
export async function GET() {
  const raw = await sanityClient.fetch<unknown>(clinicalIndexQuery, {}, {cache: 'no-store'})
  const {entries, failures} = await buildClinicalIndex(raw, await reviewPublicKeys(), new Date())
  return Response.json(
    {checkedAt: new Date().toISOString(), visible: entries.length, failures},
    {headers: {'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*'}},
  )
}
