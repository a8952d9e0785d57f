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

export const seedsDir = path.resolve(root, '..', 'shared', 'seeds')
export const demoUsersFile = path.join(root, 'scripts', 'demoUsers.json')

export function readSeeds(): SeedFile[] {
  return readdirSync(seedsDir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({file, bytes: readFileSync(path.join(seedsDir, file))}))
}

export function readDemoUsers(): unknown {
  return JSON.parse(readFileSync(demoUsersFile, 'utf8'))
}

/** The import of the real seed whose file name starts with `number` ("000" … "004"). */
export function importedSeed(number: string): ImportedSeed {
  const seed = readSeeds().find(({file}) => file.startsWith(`${number}_`))
  if (!seed) throw new Error(`no seed ${number}_*.txt in ${seedsDir}`)
  return importSeed(seed)
}

export function buildDemoDataset() {
  return buildSeedDataset({seeds: readSeeds(), demoUsers: readDemoUsers()})
}

export function documentById(documents: ExportedDocument[], id: string): ExportedDocument {
  const document = documents.find(({_id}) => _id === id)
  if (!document) throw new Error(`no document ${id} in the seeded dataset`)
  return document
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
