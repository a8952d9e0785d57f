import {reviewStatusSchema, type ReviewStatus} from './reviewStatus.ts'
import {createStatusStore, type ServiceSnapshot} from './serviceStatusStore.ts'

export {revisionKeyOf} from './serviceStatusStore.ts'

export type StatusSnapshot = ServiceSnapshot<ReviewStatus>

// One review status per open document, shared by its actions, badges and Review view.
const store = createStatusStore(
  (documentId) => `status?documentId=${encodeURIComponent(documentId)}`,
  reviewStatusSchema,
)

/** Asks the service again for this document's review status, for this revision. */
export const loadStatus = store.load

/**
 * The review status of one document for the logged-in person, fetched again whenever its
 * saved revisions change. `refresh` asks again now (after an action).
 */
export const useReviewStatus = store.useStatus
