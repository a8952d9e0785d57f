import 'server-only'
import {cookies, draftMode} from 'next/headers'
import {env} from '../env.ts'
import {verifyPreviewToken, type PreviewGrant} from './previewToken.ts'

/** Holds the preview token beside Next's draft-mode cookie: it scopes the session to one document. */
export const previewCookieName = 'vetted-preview'

/**
 * The document this browser may preview, if draft mode is on AND its token is still valid.
 * Cookies are read only in draft mode, so public pages stay statically rendered.
 */
export async function getPreviewGrant(): Promise<PreviewGrant | undefined> {
  const {isEnabled} = await draftMode()
  if (!isEnabled) return undefined
  const token = (await cookies()).get(previewCookieName)?.value
  if (!token) return undefined
  try {
    return await verifyPreviewToken(token, env.PREVIEW_SECRET)
  } catch {
    return undefined
  }
}
