import 'server-only'
import {revalidateTag} from 'next/cache'
import {purgeResponseCache} from '../server/purge.ts'
import {cacheTags, tagForType} from './tags.ts'

/**
 * Expires every cached read that depends on a document of `type`, at once: the next request
 * renders afresh (a takedown or a new sign-off must not wait behind stale-while-revalidate).
 * The publisher service calls this after it publishes; the webhook route after Sanity's events.
 * The response cache in front of Next is purged in the same call, before the API answers.
 */
export function revalidateForType(type: string): string[] {
  const tag = tagForType(type)
  if (!tag) return []
  revalidateTag(tag, {expire: 0})
  purgeResponseCache()
  return [tag]
}

/** After a publish, unpublish or sign-off on `type`: its own tag and the review records'. */
export function revalidateAfterReview(type: string): string[] {
  const tags = new Set(revalidateForType(type))
  if (!tags.has(cacheTags.medicalReview))
    revalidateForType('medicalReview').forEach((tag) => tags.add(tag))
  return [...tags]
}
