import {createClient, type SanityClient} from '@sanity/client'
import type {ServiceConfig} from './config.ts'

export const apiVersion = '2025-02-19'

/** A client for the configured store with the given token (the robot's, or a caller's). */
export function storeClient(config: ServiceConfig, token: string): SanityClient {
  return createClient({
    projectId: config.projectId,
    dataset: config.dataset,
    apiVersion,
    token,
    useCdn: false,
    perspective: 'raw',
    ...(config.apiHost && {apiHost: config.apiHost, useProjectHostname: false}),
    // The service answers a person who is waiting: fail instead of retrying for minutes.
    maxRetries: 1,
    requestTagPrefix: 'vetted.review',
  })
}
