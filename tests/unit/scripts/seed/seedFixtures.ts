import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {root} from '@vetted/scripts/steps'
import {
  buildSeedDataset,
  importSeed,
  type ExportedDocument,
  type ImportedSeed,
  type SeedFile,
} from '@vetted/scripts/seed'

/** The demo content `npm run dataset:seed` imports by default. */
export const demoSeedsDir = path.join(root, 'scripts', 'seeds')
/** The importer's fixtures, one file per behaviour (tests/fixtures/seeds/README.md). */
export const fixtureSeedsDir = path.join(root, 'tests', 'fixtures', 'seeds')
/** Fixtures the importer must refuse. */
export const refusedSeedsDir = path.join(fixtureSeedsDir, 'refused')
export const demoUsersFile = path.join(root, 'scripts', 'demoUsers.json')

export const demoSeedNumbers = ['000', '001', '002', '003', '004']

/** The `.txt` files of a seeds folder, sorted, as `dataset:seed` reads them. */
export function readSeeds(dir = demoSeedsDir): SeedFile[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({file, bytes: readFileSync(path.join(dir, file))}))
}

/** The seed file of `dir` whose name starts with `prefix` (a number such as "004", or a name). */
export function seedFile(dir: string, prefix: string): SeedFile {
  const seed = readSeeds(dir).find(({file}) => file === prefix || file.startsWith(`${prefix}_`))
  if (!seed) throw new Error(`no seed ${prefix}_*.txt in ${dir}`)
  return seed
}

export function readDemoUsers(): unknown {
  return JSON.parse(readFileSync(demoUsersFile, 'utf8'))
}

/** The import of the demo seed whose file name starts with `number` ("000" … "004"). */
export function importedSeed(number: string): ImportedSeed {
  return importSeed(seedFile(demoSeedsDir, number))
}

/** The import of the importer fixture whose file name starts with `number` ("100" …). */
export function importedFixture(number: string): ImportedSeed {
  return importSeed(seedFile(fixtureSeedsDir, number))
}

export function buildDemoDataset() {
  return buildSeedDataset({seeds: readSeeds(), demoUsers: readDemoUsers()})
}

export function documentById(documents: ExportedDocument[], id: string): ExportedDocument {
  const document = documents.find(({_id}) => _id === id)
  if (!document) throw new Error(`no document ${id} in the seeded dataset`)
  return document
}

/** The documents made from seed files (articles and their citations), not the curated ones. */
export function seedDerived(documents: ExportedDocument[]): ExportedDocument[] {
  return documents.filter(({_id}) => /^drafts\.(?:article|citation)-seed-\d{3}/.test(_id))
}

/** A block's text, style and list kind, the parts a reader sees. */
export type BlockView = {text: string; style: string; listItem?: string}

export function blockViews(body: unknown): BlockView[] {
  if (!Array.isArray(body)) return []
  return body.map((block: {style: string; listItem?: string; children: Array<{text: string}>}) => ({
    text: block.children.map((span) => span.text).join(''),
    style: block.style,
    ...(block.listItem ? {listItem: block.listItem} : {}),
  }))
}

/** Raw bytes of a seed written inline in a test. */
export const encode = (text: string) => new TextEncoder().encode(text)
/** What the import report lists as removed chrome: line, rule and text. */
export const chromeOf = (seed: ImportedSeed) =>
  seed.chrome.map(({line, rule, text}) => [line, rule, text])
export const bodyTexts = (seed: ImportedSeed) => seed.body.map((unit) => unit.text)
export const units = (seed: ImportedSeed) => seed.body.map(({kind, text}) => `${kind}:${text}`)
