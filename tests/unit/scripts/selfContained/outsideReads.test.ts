import {describe, expect, it} from 'vitest'
import {
  findOutsideReads,
  findTeamFolderMentions,
} from '../../../../scripts/src/selfContained/outsideReads.ts'

const repo = '/repo'
// Spelled in pieces, so this file does not name the folder it tests for.
const team = ['..', 'shared'].join('/')
const targets = (file: string, source: string) =>
  findOutsideReads(repo, file, source).map(({line, target}) => `${line} ${target}`)

describe('the guard against reads outside the repository', () => {
  it('follows path.resolve and path.join from the root, the module folder and bound names', () => {
    const source = [
      "import path from 'node:path'",
      "import {root} from '../src/steps.ts'",
      "const seeds = path.resolve(root, '..', 'notes', 'seeds')",
      "const here = path.join(import.meta.dirname, '..', '..', '..', 'elsewhere')",
      "const base = path.resolve(import.meta.dirname, '..')",
      "const nested = path.join(base, '..', '..', 'x')",
      "const inside = path.join(import.meta.dirname, '..', 'fixtures')",
    ].join('\n')
    expect(targets('tests/unit/a.ts', source)).toEqual([
      '3 ../notes/seeds',
      '4 ../elsewhere',
      '6 ../x',
    ])
  })

  it('treats an option named repoRoot as the root and catches fs reads of ../ paths', () => {
    const source = [
      "import {readFileSync} from 'node:fs'",
      "import {resolve} from 'node:path'",
      "export const dir = (options) => resolve(options.repoRoot, '..', 'seeds')",
      "readFileSync('../notes.txt', 'utf8')",
      "readFileSync('fixtures/ok.txt', 'utf8')",
    ].join('\n')
    expect(targets('scripts/b.ts', source)).toEqual(['3 ../seeds', '4 ../notes.txt'])
  })

  it('resolves new URL(…, import.meta.url) against the module', () => {
    const source =
      "const a = new URL('../../../../x.json', import.meta.url)\nconst b = new URL('./y.json', import.meta.url)"
    expect(targets('tests/unit/c.ts', source)).toEqual(['1 ../x.json'])
  })

  it('leaves array joins, relative joins and unknown bases alone', () => {
    const source = [
      "import path from 'node:path'",
      "const route = parts.join('/')",
      "const link = path.join('..', 'node_modules', 'pkg')",
      "const unknown = path.resolve(someDir, '..', '..')",
    ].join('\n')
    expect(targets('scripts/d.ts', source)).toEqual([])
  })

  it('flags any line that names the team folder, in any text file', () => {
    const mentions = findTeamFolderMentions('.ci/run', `cd repo\ncat ${team}/DESIGN.md\n`)
    expect(mentions.map(({line}) => line)).toEqual([2])
    expect(findTeamFolderMentions('x.ts', "const a = 'shared/seeds'")).toEqual([])
  })
})
