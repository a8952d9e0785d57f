import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'

const root = path.resolve(import.meta.dirname, '../../../..')
const folders: string[] = []
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, {recursive: true, force: true})
})

function workspace() {
  const folder = mkdtempSync(path.join(tmpdir(), 'vetted-lake-scripts-'))
  folders.push(folder)
  return folder
}

/** Runs a script as `npm run lake:import -- …` does (the project's Node, from the repository root). */
const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, [path.join(root, 'scripts', script), ...args], {
    cwd: root,
    encoding: 'utf8',
  })

const dataset = [
  {_id: 'condition-lower-back-spasm', _type: 'condition', name: 'Lower back spasm'},
  {_id: 'drafts.article-seed-000', _type: 'article', title: 'Draft'},
]
  .map((document) => JSON.stringify(document))
  .join('\n')

describe('lake:import and lake:export', () => {
  it('import into a --data folder, then export the same documents', () => {
    const folder = workspace()
    const input = path.join(folder, 'in.ndjson')
    const output = path.join(folder, 'out.ndjson')
    writeFileSync(input, dataset)

    const imported = run('lakeImport.ts', [input, '--data', path.join(folder, 'lake')])
    expect(imported.stderr).toBe('')
    expect(imported.status).toBe(0)
    expect(imported.stdout).toMatch(/Imported 2 documents .*lake\.sqlite: 2 created/)

    const exported = run('lakeExport.ts', [output, '--data', path.join(folder, 'lake')])
    expect(exported.status).toBe(0)
    const ids = readFileSync(output, 'utf8')
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as {_id: string})['_id'])
    expect(ids).toEqual(['condition-lower-back-spasm', 'drafts.article-seed-000'])
  })

  it('import names the bad line, exits 1 and creates no lake', () => {
    const folder = workspace()
    const input = path.join(folder, 'bad.ndjson')
    writeFileSync(input, `${dataset}\n{"_id": `)

    const result = run('lakeImport.ts', [input, '--data', path.join(folder, 'lake')])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`${input} line 3 is not valid JSON`)

    // `npm run dev` imports the demo dataset only while there is no lake.sqlite yet.
    expect(existsSync(path.join(folder, 'lake', 'lake.sqlite'))).toBe(false)
  })

  it('says how to call it when the file is missing, and export refuses a lake that does not exist', () => {
    const folder = workspace()
    const usage = run('lakeImport.ts', [])
    expect(usage.status).toBe(2)
    expect(usage.stderr).toMatch(/usage: npm run lake:import -- FILE/)

    const missing = run('lakeExport.ts', [
      path.join(folder, 'out.ndjson'),
      '--data',
      path.join(folder, 'nowhere'),
    ])
    expect(missing.status).toBe(1)
    expect(missing.stderr).toMatch(/there is no lake at .*nowhere.*pass --data/)
    expect(existsSync(path.join(folder, 'nowhere'))).toBe(false)
  })
})
