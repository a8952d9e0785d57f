import {createClient} from '@sanity/client'
import {z} from 'zod'
import {revisedArticle, revisedArticleId} from '../seed/curated/articleRevision.ts'
import {curatedCitations, curatedCitationId} from '../seed/curated/citations.ts'
import {conditionId, personIds, treatmentId, treatmentSlugs} from '../seed/ids.ts'
import {
  callReviewService,
  ReviewServiceCallError,
  statusSchema,
  type DemoStatus,
} from './serviceCalls.ts'

/** The curated content the demo opens with: reviewed and published through the real service. */
export const demoTreatmentIds = treatmentSlugs.map(treatmentId)
export const demoConditionId = conditionId
/** Real publications the curated pages cite, each field checked against a copy of the source. */
export const demoCitationIds = curatedCitations.map(({key}) => curatedCitationId(key))
/** The imported article the clinical editor cleans up and takes the whole way on start. */
export const demoArticleId = revisedArticleId

export const demoEditor = 'pMayaOkafor'
export const demoReviewer = 'pDanielReyes'
export const demoAdministrator = 'pSamLee'
/** The reviewers whose credentials the administrator verifies on start. */
export const demoReviewerPersonIds = [personIds.danielReyes, personIds.helenCarter]

const credentialStatusSchema = z.object({standing: z.object({state: z.string()})})

const checklist = {
  claimsChecked: true,
  citationsVerified: true,
  dosagesChecked: true,
  noPromotionalContent: true,
}

export interface DemoPublishingOptions {
  /** Where `/api/review/*` answers, e.g. http://localhost:3000. */
  serviceUrl: string
  /** The local lake's plain-HTTP API, where the clinical editor saves her revision. */
  lakeUrl: string
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
 * Takes the curated content through the same path editors use. The administrator verifies the
 * two reviewers' credentials (from their published profiles). The clinical editor verifies
 * each curated citation (the import, not she, wrote it: four eyes) and publishes it; then she
 * requests review of the condition and its treatments, a demo reviewer signs them off, and the
 * service publishes them. Last, she saves her cleaned-up, cited revision of one imported article
 * and it goes the same way. Safe to run again: what is already published is left alone and a run
 * that stopped halfway picks up where it stopped.
 */
export async function publishDemoContent({
  serviceUrl,
  lakeUrl,
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
  const administrator = as(demoAdministrator)
  const result: DemoPublishingResult = {published: [], alreadyPublished: []}

  // Nobody reviews until an administrator other than them has verified their credential.
  for (const personId of demoReviewerPersonIds) {
    const {standing} = await callReviewService(
      serviceUrl,
      `credential-status?personId=${personId}`,
      userToken(demoAdministrator),
      credentialStatusSchema,
    )
    if (standing.state === 'verified') continue
    await administrator.post('verify-credential', {
      personId,
      method: 'Demo credential: the DEMO licence on the profile, checked when the demo was set up.',
    })
  }

  const alreadyPublished = (id: string, status: DemoStatus) => {
    if (!status.published || status.state !== 'published') return false
    result.alreadyPublished.push(id)
    return true
  }
  const publish = async (id: string) => {
    await editor.post('publish', {documentId: id})
    result.published.push(id)
  }

  for (const citation of curatedCitations) {
    const id = curatedCitationId(citation.key)
    const status = await editor.status(id)
    if (alreadyPublished(id, status)) continue
    if (status.state !== 'approved') {
      await editor.post('verify-citation', {
        documentId: id,
        method: citation.checkedAgainst,
        ...('notes' in citation ? {notes: citation.notes} : {}),
      })
    }
    await publish(id)
  }

  /** Saves the editor's revision unless the draft already is it; says whether it wrote. */
  const saveEditorRevision = async () => {
    const lake = createClient({
      projectId: 'local',
      dataset: 'production',
      apiHost: lakeUrl,
      useProjectHostname: false,
      apiVersion: '2025-02-19',
      useCdn: false,
      token: userToken(demoEditor),
    })
    const revision = revisedArticle()
    const draft = await lake.getDocument<{title?: string}>(`drafts.${demoArticleId}`)
    if (!draft) throw new ReviewServiceCallError(`${demoArticleId} has no draft to revise`)
    if (draft.title === revision.title) return false
    await lake.patch(`drafts.${demoArticleId}`).set(revision).commit({visibility: 'sync'})
    return true
  }

  for (const id of [...demoTreatmentIds, demoConditionId, demoArticleId]) {
    let status = await editor.status(id)
    if (alreadyPublished(id, status)) continue
    if (id === demoArticleId && (await saveEditorRevision())) status = await editor.status(id)
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
