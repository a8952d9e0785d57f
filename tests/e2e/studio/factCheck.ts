import {z} from 'zod'
import {callReviewService} from '../../../scripts/src/review/serviceCalls.ts'
import {curatedCitations, publicationFields} from '../../../scripts/src/seed/curated/citations.ts'
import type {TestLake} from '../../helpers/lake.ts'

export const checkedCitationId = 'citation-seed-004-2'

/**
 * Seed 004's acupuncture reference names the right trial with the wrong details. As fact-checkers
 * do, the clinical editor corrects it against the publication (the fields the curated citation
 * was checked to have), and someone else (four eyes)
 * verifies it through the service, which then publishes it: a source editors may cite.
 */
export async function factCheckAcupunctureTrial(lake: TestLake, serviceUrl: string) {
  const cherkin = curatedCitations.find(({key}) => key === 'cherkin-2009-acupuncture')
  if (!cherkin) throw new Error('the curated citations lack the Cherkin 2009 trial')
  await lake
    .client('pMayaOkafor')
    .patch(`drafts.${checkedCitationId}`)
    .set(publicationFields(cherkin))
    .commit()
  const call = (path: string, userId: string, body: unknown) =>
    callReviewService(serviceUrl, path, lake.token(userId), z.unknown(), body)
  await call('verify-citation', 'pHelenCarter', {
    documentId: checkedCitationId,
    method: 'Authors, title, volume, issue and pages checked against the journal article (DOI)',
  })
  await call('publish', 'pMayaOkafor', {documentId: checkedCitationId})
}
