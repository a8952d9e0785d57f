import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {root} from '@vetted/scripts/steps'
import type {TestLake} from '../../helpers/lake.ts'

const systemFields = new Set(['_rev', '_createdAt', '_updatedAt'])

/** The demo dataset as `npm run dataset:seed` writes it, written into the lake by Sam. */
export async function importDemoDataset(
  lake: TestLake,
): Promise<Array<{_id: string; _type: string}>> {
  const folder = mkdtempSync(path.join(tmpdir(), 'vetted-demo-'))
  try {
    const file = path.join(folder, 'demo.ndjson')
    const result = spawnSync(process.execPath, ['scripts/datasetSeed.ts', '--out', file], {
      cwd: root,
      encoding: 'utf8',
    })
    if (result.status !== 0) throw new Error(`dataset:seed failed:\n${result.stderr}`)
    const documents = readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as {_id: string; _type: string} & Record<string, unknown>)
      .map(
        (document) =>
          Object.fromEntries(
            Object.entries(document).filter(([key]) => !systemFields.has(key)),
          ) as {_id: string; _type: string},
      )
    const transaction = lake.client('pSamLee').transaction()
    for (const document of documents) transaction.createOrReplace(document)
    await transaction.commit({visibility: 'sync'})
    return documents
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}
