import {z} from 'zod'
import {citationId, conditionId, treatmentId, treatmentSlugs} from '../seed/ids.ts'
import {callReviewService, ReviewServiceCallError, statusSchema} from './serviceCalls.ts'

/** The curated content the demo opens with: reviewed and published through the real service. */
export const demoTreatmentIds = treatmentSlugs.map(treatmentId)
export const demoConditionId = conditionId
/**
 * Seed 004's reference list stays unverified drafts: none of its four entries matches the
 * publication it names (e.g. the Cherkin 2009 acupuncture trial is Arch Intern Med
 * 2009;169(9):858-866, not 169(16):1444-1451). Recording them as verified would teach the
 * opposite of what Vetted is for; finding that is the fact-checkers' first exercise.
 */
export const seedCitationIds = [1, 2, 3, 4].map((position) => citationId('004', position))

export const demoEditor = 'pMayaOkafor'
export const demoReviewer = 'pDanielReyes'

const checklist = {
  claimsChecked: true,
  citationsVerified: true,
  dosagesChecked: true,
  noPromotionalContent: true,
}

export interface DemoPublishingOptions {
  /** Where `/api/review/*` answers, e.g. http://localhost:3000. */
  serviceUrl: string
  /** A demo user's token by id (from the lake's demo-users.json). */
  userToken: (userId: string) => string
  log?: (line: string) => void
}

export interface DemoPublishingResult {
  published: string[]
  alreadyPublished: string[]
}

const anything = z.unknown()

/**
 * Takes the curated condition and its treatments through the same path editors use: the
 * clinical editor requests review, a demo reviewer signs off, the service publishes. Safe to run again: what is already published is left
 * alone and a run that stopped halfway picks up where it stopped.
 */
export async function publishDemoContent({
  serviceUrl,
  userToken,
  log = () => {},
}: DemoPublishingOptions): Promise<DemoPublishingResult> {
  const as = (userId: string) => ({
    status: (id: string) =>
      callReviewService(serviceUrl, `status?documentId=${id}`, userToken(userId), statusSchema),
    post: (path: string, body: unknown) =>
      callReviewService(serviceUrl, path, userToken(userId), anything, body),
  })
  const editor = as(demoEditor)
  const reviewer = as(demoReviewer)
  const result: DemoPublishingResult = {published: [], alreadyPublished: []}

  const publish = async (id: string) => {
    await editor.post('publish', {documentId: id})
    result.published.push(id)
  }

  for (const id of [...demoTreatmentIds, demoConditionId]) {
    let status = await editor.status(id)
    if (status.published && status.state === 'published') {
      result.alreadyPublished.push(id)
      continue
    }
    if (status.state === 'draft' || status.state === 'changes-requested') {
      await editor.post('request-review', {documentId: id})
    }
    status = await reviewer.status(id)
    if (status.state === 'in-review') {
      if (!status.current)
        throw new ReviewServiceCallError(`${id} has no saved version to sign off`)
      await reviewer.post('sign-off', {
        documentId: id,
        fingerprint: status.current.fingerprint,
        decision: 'approved',
        checklist,
        conflictOfInterest: {declared: false},
        notes: 'Demo sign-off, made when the demo was set up.',
      })
    }
    await publish(id)
  }
  log(
    `Demo content: ${result.published.length} published through the review service` +
      (result.alreadyPublished.length ? `, ${result.alreadyPublished.length} already were` : ''),
  )
  return result
}
