import 'server-only'
import type {QueryParams} from 'next-sanity'
import {sanityClient} from '../client.ts'

/** Pages re-check time-dependent state (an overdue review) at least this often. */
export const revalidateSeconds = 3600

/** A published read, cached by Next.js under `tags` until a publish revalidates them. */
export function readPublished(
  query: string,
  params: QueryParams,
  tags: string[],
): Promise<unknown> {
  return sanityClient.fetch<unknown>(query, params, {
    perspective: 'published',
    next: {revalidate: revalidateSeconds, tags},
  })
}

/**
 * A draft read for preview: drafts overlaid on published, never cached. Only reachable with a
 * verified preview grant, on responses Next.js marks `private, no-store`.
 */
export function readDrafts(query: string, params: QueryParams): Promise<unknown> {
  return sanityClient.fetch<unknown>(query, params, {perspective: 'drafts', cache: 'no-store'})
}
