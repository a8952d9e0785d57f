import {cookies, draftMode} from 'next/headers'
import {previewCookieName} from '../../../../review/previewSession.ts'

/** Ends a draft preview (the banner's "Exit preview" button posts here). */
export async function POST() {
  ;(await draftMode()).disable()
  ;(await cookies()).delete(previewCookieName)
  return new Response(null, {
    status: 303,
    headers: {Location: '/', 'Cache-Control': 'private, no-store'},
  })
}
