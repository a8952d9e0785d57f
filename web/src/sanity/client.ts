import 'server-only'
import {createClient, type SanityClient} from 'next-sanity'
import {env} from '../env.ts'
import {apiVersion} from './config.ts'

/**
 * The site's only Content Lake client. Published perspective, pinned API version, and no CDN:
 * Next.js's own cache is the cache, and a CDN read right after a publish webhook could render
 * the page from the revision before it.
 */
export const sanityClient: SanityClient = createClient({
  projectId: env.SANITY_PROJECT_ID,
  dataset: env.SANITY_DATASET,
  apiVersion,
  perspective: 'published',
  useCdn: false,
  token: env.SANITY_READ_TOKEN,
  ...(env.SANITY_API_HOST ? {apiHost: env.SANITY_API_HOST, useProjectHostname: false} : {}),
})
