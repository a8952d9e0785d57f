import {createHash} from 'node:crypto'
import {buildArticle} from './article.ts'
import {buildSeedCitations} from './citations.ts'
import {buildCuratedCitations} from './curated/citations.ts'
import {buildCondition} from './curated/condition.ts'
import {buildPeople} from './curated/people.ts'
import {buildSiteSettings} from './curated/siteSettings.ts'
import {buildTreatments} from './curated/treatments.ts'
import {parseDemoUsers} from './demoUsers.ts'
import type {SeedDocument} from './document.ts'
import {SeedConsistencyError} from './errors.ts'
import {importSeed, type ImportedSeed, type SeedFile} from './importSeed.ts'

/**
 * Every seeded document carries this time, so the output is byte-identical run to run (the
 * demo's "today" is 2026-11-22).
 */
export const seedTimestamp = '2026-11-22T09:00:00Z'

/** A document as `sanity dataset export` writes it: content plus system fields. */
export type ExportedDocument = SeedDocument & {_rev: string; _createdAt: string; _updatedAt: string}

export interface SeedDataset {
  /** Sorted by `_id`, system fields included. */
  documents: ExportedDocument[]
  imports: ImportedSeed[]
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (typeof value !== 'object' || value === null) return value
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return Object.fromEntries(entries.map(([key, entry]) => [key, sortKeys(entry)]))
}

const base62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

// A revision id shaped like the Content Lake's (22 base62 characters), derived from the content
// so that the same seed always yields the same `_rev`.
function revisionOf(document: SeedDocument): string {
  const digest = createHash('sha256')
    .update(JSON.stringify(sortKeys(document)))
    .digest()
  return [...digest.subarray(0, 22)].map((byte) => base62[byte % 62]).join('')
}

function withSystemFields(document: SeedDocument): ExportedDocument {
  return {
    ...document,
    _rev: revisionOf(document),
    _createdAt: seedTimestamp,
    _updatedAt: seedTimestamp,
  }
}

function assertUniqueIds(documents: SeedDocument[]) {
  const seen = new Set<string>()
  for (const {_id} of documents) {
    if (seen.has(_id)) throw new SeedConsistencyError(`Two seeded documents have the id ${_id}.`)
    seen.add(_id)
  }
}

/** Builds the whole demo dataset from the seed files and the demo users (no I/O). */
export function buildSeedDataset(input: {seeds: SeedFile[]; demoUsers: unknown}): SeedDataset {
  const imports = [...input.seeds]
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .map(importSeed)
  const seedNumbers = imports.map((seed) => seed.number)
  const duplicate = seedNumbers.find((number, index) => seedNumbers.indexOf(number) !== index)
  if (duplicate) {
    throw new SeedConsistencyError(
      `Two seed files start with ${duplicate}; each article id (article-seed-${duplicate}) must come from one file. Renumber one of them.`,
    )
  }
  const articlesAndCitations = imports.flatMap((seed) => {
    const citations = buildSeedCitations(seed)
    return [
      buildArticle(
        seed,
        citations.map((citation) => citation.id),
      ),
      ...citations.map((citation) => citation.document),
    ]
  })
  const documents = [
    ...buildPeople(parseDemoUsers(input.demoUsers)),
    buildSiteSettings(),
    buildCondition(),
    ...buildTreatments(),
    ...buildCuratedCitations(),
    ...articlesAndCitations,
  ]
  assertUniqueIds(documents)
  return {
    documents: documents
      .map(withSystemFields)
      .sort(({_id: a}, {_id: b}) => (a < b ? -1 : a > b ? 1 : 0)),
    imports,
  }
}

/** NDJSON as in an export's data.ndjson: one document a line, keys sorted like the Lake's. */
export function toNdjson(documents: ExportedDocument[]): string {
  return documents.map((document) => `${JSON.stringify(sortKeys(document))}\n`).join('')
}
