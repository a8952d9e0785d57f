import {cookies, draftMode} from 'next/headers'
import type {NextRequest} from 'next/server'
import {z} from 'zod'
import {env} from '../../../../env.ts'
import {previewCookieName} from '../../../../review/previewSession.ts'
import {PreviewTokenError, verifyPreviewToken} from '../../../../review/previewToken.ts'
import {clinicalTypes, pathFor} from '../../../../sanity/config.ts'
import {readDrafts} from '../../../../sanity/fetch/read.ts'
import {previewTargetQuery} from '../../../../sanity/queries/clinical.ts'

const targetSchema = z.object({_type: z.enum(clinicalTypes), slug: z.string().min(1)})

const noStore = {'Cache-Control': 'private, no-store'}

function refuse(status: number, message: string) {
  return new Response(`${message}\n`, {
    status,
    headers: {...noStore, 'Content-Type': 'text/plain; charset=utf-8'},
  })
}

/**
 * Opens a draft preview from a signed link minted by the publisher service (see
 * `review/previewToken.ts`): turns on draft mode for this browser, scoped to one document, and
 * sends it to that document's page.
 */
export async function GET(request: NextRequest) {
  const token = request.nextUrl.searchParams.get('token')
  if (!token) return refuse(400, 'Missing ?token=: open Preview from the Studio.')
  let grant
  try {
    grant = await verifyPreviewToken(token, env.PREVIEW_SECRET)
  } catch (error) {
    if (error instanceof PreviewTokenError) return refuse(401, error.message)
    throw error
  }
  const target = targetSchema.safeParse(
    await readDrafts(previewTargetQuery, {id: grant.documentId}),
  )
  if (!target.success) {
    return refuse(
      404,
      `Nothing to preview: ${grant.documentId} is not a condition, treatment or article with a slug.`,
    )
  }
  ;(await draftMode()).enable()
  ;(await cookies()).set(previewCookieName, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: env.SITE_URL.startsWith('https:'),
    path: '/',
    maxAge: Math.max(1, grant.exp - Math.floor(Date.now() / 1000)),
  })
  return new Response(null, {
    status: 307,
    headers: {...noStore, Location: pathFor(target.data._type, target.data.slug)},
  })
}
