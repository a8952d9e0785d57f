import {buildClinicalIndex} from '../../../review/clinicalIndex.ts'
import {reviewPublicKeys} from '../../../review/keys.ts'
import {bearerToken, whoAmI} from '../../../review/service/caller.ts'
import {storeClient} from '../../../review/service/clients.ts'
import {serviceConfig} from '../../../review/service/env.ts'
import {ReviewServiceError} from '../../../review/service/errors.ts'
import {errorResponse, json} from '../../../review/service/http.ts'
import {sanityClient} from '../../../sanity/client.ts'
import {clinicalIndexQuery} from '../../../sanity/queries/clinical.ts'

export const dynamic = 'force-dynamic'

/**
 * Published clinical documents the site refuses to show, with the reasons. It names content
 * readers must not see, so only people the content store knows may read it.
 */
export async function GET(request: Request) {
  const headers = new Headers()
  try {
    await whoAmI(storeClient(serviceConfig(), bearerToken(request)))
    const raw = await sanityClient.fetch<unknown>(clinicalIndexQuery, {}, {cache: 'no-store'})
    const {entries, failures} = await buildClinicalIndex(raw, await reviewPublicKeys(), new Date())
    return json(
      {checkedAt: new Date().toISOString(), visible: entries.length, failures},
      200,
      headers,
    )
  } catch (error) {
    if (error instanceof ReviewServiceError) return errorResponse(error, headers)
    throw error
  }
}
