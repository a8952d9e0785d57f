import {z} from 'zod'
import {callReviewService} from '../../../scripts/src/review/serviceCalls.ts'
import type {TestLake} from '../../helpers/lake.ts'

export const checkedCitationId = 'citation-seed-004-2'

/**
 * Seed 004's acupuncture reference names the right trial with the wrong details. As fact-checkers
 * do, the clinical editor corrects it against the publication, and someone else (four eyes)
 * verifies it through the service, which then publishes it: a source editors may cite.
 */
export async function factCheckAcupunctureTrial(lake: TestLake, serviceUrl: string) {
  await lake
    .client('pMayaOkafor')
    .patch(`drafts.${checkedCitationId}`)
    .set({
      authors: ['Cherkin DC', 'Sherman KJ', 'Avins AL', 'et al'],
      title:
        'A randomized trial comparing acupuncture, simulated acupuncture, and usual care for chronic low back pain',
      journal: 'Arch Intern Med',
      year: 2009,
      volume: '169',
      issue: '9',
      pages: '858-866',
      doi: '10.1001/archinternmed.2009.65',
    })
    .commit()
  const call = (path: string, userId: string, body: unknown) =>
    callReviewService(serviceUrl, path, lake.token(userId), z.unknown(), body)
  await call('verify-citation', 'pHelenCarter', {
    documentId: checkedCitationId,
    method: 'Authors, title, volume, issue and pages checked against the journal article (DOI)',
  })
  await call('publish', 'pMayaOkafor', {documentId: checkedCitationId})
}
