import 'server-only'
import type {QueryParams} from 'next-sanity'
import {sanityClient} from '../client.ts'

/**
 * A published read, straight from the lake. Next caches none of it: Next compares its tag
 * expiry with a clock that can lag the wall clock, and joins a reader to a render that began
 * before a takedown, so either could show a page after it came down. The response cache in
 * web/server.ts keeps the rendered pages instead, and is purged before the service answers.
 * `tags` name what the read depends on, for Next's tag revalidation where it still applies.
 */
export function readPublished(
  query: string,
  params: QueryParams,
  tags: string[],
): Promise<unknown> {
  return sanityClient.fetch<unknown>(query, params, {
    perspective: 'published',
    cache: 'no-store',
    next: {tags},
  })
}

/**
 * A draft read for preview: drafts overlaid on published, never cached. Only reachable with a
 * verified preview grant, on responses Next.js marks `private, no-store`.
 */
export function readDrafts(query: string, params: QueryParams): Promise<unknown> {
  return sanityClient.fetch<unknown>(query, params, {perspective: 'drafts', cache: 'no-store'})
}
