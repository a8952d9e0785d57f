import 'server-only'
import {env} from '../../env.ts'
import {revalidateAfterReview} from '../../sanity/revalidate.ts'
import {createPreviewToken} from '../previewToken.ts'
import {serviceConfig} from './env.ts'
import {errorResponse} from './http.ts'
import {createReviewService, type ReviewRoute, type ReviewService} from './service.ts'

let service: ReviewService | undefined

function reviewService(): ReviewService {
  service ??= createReviewService({
    config: serviceConfig(),
    revalidate: (type) => {
      revalidateAfterReview(type)
    },
    previewUrl: async (documentId) => {
      const token = await createPreviewToken({documentId, secret: env.PREVIEW_SECRET})
      return `${env.SITE_URL}/api/draft-mode/enable?token=${encodeURIComponent(token)}`
    },
  })
  return service
}

/** The route handler for `/api/review/<route>`: export it as the route's methods and OPTIONS. */
export function reviewRoute(route: ReviewRoute): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      return await reviewService().handle(route, request)
    } catch (error) {
      // Only configuration problems get here: say which variable, as the service's error shape.
      return errorResponse(error, new Headers())
    }
  }
}
