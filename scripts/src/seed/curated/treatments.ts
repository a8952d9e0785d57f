import type {SeedDocument} from '../document.ts'
import {draftId, personIds, targets, treatmentId} from '../ids.ts'
import {citedSources, richText} from '../portableText.ts'
import {referenceList} from '../references.ts'
import {conservativeTreatments} from './treatmentsConservative.ts'
import {interventionalTreatments} from './treatmentsInterventional.ts'
import type {TreatmentContent} from './treatmentContent.ts'

function buildTreatment(content: TreatmentContent): SeedDocument {
  const id = draftId(treatmentId(content.slug))
  return {
    _id: id,
    _type: 'treatment',
    name: content.name,
    slug: {_type: 'slug', current: content.slug},
    kind: content.kind,
    conditions: referenceList(id, 'conditions', [targets.condition]),
    howItWorks: content.howItWorks,
    benefits: content.benefits,
    risks: content.risks,
    sideEffects: content.sideEffects,
    contraindications: content.contraindications,
    evidenceLevel: {
      _type: 'evidenceLevel',
      system: 'GRADE',
      grade: content.evidence.grade,
      summary: content.evidence.summary,
    },
    body: richText(id, 'body', content.body),
    citations: referenceList(id, 'citations', citedSources(content.body).map(targets.citation)),
    authors: referenceList(id, 'authors', [targets.person(personIds.mayaOkafor)]),
  }
}

/** The eleven curated treatments of lower back spasm, as drafts awaiting review. */
export function buildTreatments(): SeedDocument[] {
  return [...conservativeTreatments, ...interventionalTreatments].map(buildTreatment)
}
