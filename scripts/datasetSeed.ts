// npm run dataset:seed -- --out FILE [--seeds DIR]: the demo dataset as export NDJSON.
import {mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {
  buildSeedDataset,
  formatSeedReport,
  lintSeedArticles,
  parseSeedArgs,
  SeedConsistencyError,
  SeedInputError,
  SeedUsageError,
  toNdjson,
  type SeedFile,
} from './src/seed/index.ts'

const repoRoot = path.resolve(import.meta.dirname, '..')

function readSeeds(dir: string): SeedFile[] {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    throw new SeedUsageError(
      `The seeds folder ${dir} cannot be read. Pass an existing folder with --seeds DIR.`,
    )
  }
  const files = names.filter((name) => name.endsWith('.txt')).sort()
  if (files.length === 0) {
    throw new SeedUsageError(
      `${dir} holds no .txt seed files. Pass the seeds folder with --seeds DIR.`,
    )
  }
  return files.map((file) => ({file, bytes: readFileSync(path.join(dir, file))}))
}

// Written beside the target and renamed, so a failed or interrupted run never leaves a
// half-written dataset where the lake import would pick it up.
function writeAtomically(file: string, content: string) {
  mkdirSync(path.dirname(file), {recursive: true})
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`)
  try {
    writeFileSync(temporary, content)
    renameSync(temporary, file)
  } finally {
    rmSync(temporary, {force: true})
  }
}

function main(): number {
  try {
    const args = parseSeedArgs(process.argv.slice(2), {repoRoot, cwd: process.cwd()})
    try {
      const demoUsers: unknown = JSON.parse(
        readFileSync(path.join(repoRoot, 'scripts', 'demoUsers.json'), 'utf8'),
      )
      const dataset = buildSeedDataset({seeds: readSeeds(args.seeds), demoUsers})
      writeAtomically(args.out, toNdjson(dataset.documents))
      console.log(formatSeedReport(dataset, lintSeedArticles(dataset.documents)))
      console.log(`\nWrote ${dataset.documents.length} documents to ${args.out}`)
      return 0
    } catch (error) {
      if (error instanceof SeedInputError) {
        console.error(
          `dataset:seed: ${args.seeds}${path.sep}${error.message}\nNothing was written.`,
        )
        return 1
      }
      throw error
    }
  } catch (error) {
    if (error instanceof SeedUsageError || error instanceof SeedConsistencyError) {
      console.error(`dataset:seed: ${error.message}\nNothing was written.`)
      return error instanceof SeedUsageError ? 2 : 1
    }
    throw error
  }
}

process.exitCode = main()
