import {parseReference, splitReferenceList} from '@vetted/schemas/citations'
import type {SeedDocument} from './document.ts'
import {SeedConsistencyError} from './errors.ts'
import {citationId, draftId} from './ids.ts'
import type {ImportedSeed} from './importSeed.ts'

export interface SeedCitation {
  id: string
  reference: string
  document: SeedDocument
}

/**
 * The seed's reference list as citation drafts, every field read by the citations module's own
 * parser. A reference it cannot read completely stops the seed: a citation with guessed
 * fields would be worse than none.
 */
export function buildSeedCitations(seed: ImportedSeed): SeedCitation[] {
  const references = seed.referenceLists.flatMap(splitReferenceList)
  return references.map((reference, index) => {
    const id = citationId(seed.number, index + 1)
    const parsed = parseReference(reference)
    if (!parsed.ok) {
      throw new SeedConsistencyError(
        `${seed.file}: reference ${index + 1} does not parse: ${parsed.error.message}`,
      )
    }
    if (parsed.missing.length > 0) {
      throw new SeedConsistencyError(
        `${seed.file}: reference ${index + 1} ("${reference}") lacks ${parsed.missing.join(', ')}. Fix the reference list in the seed file.`,
      )
    }
    const {publicationType, ...fields} = parsed.citation
    return {
      id,
      reference,
      document: {
        _id: draftId(id),
        _type: 'citation',
        ...fields,
        publicationType: publicationType ?? 'journal-article',
        verification: {status: 'unverified'},
        retracted: false,
      },
    }
  })
}
