import {spawnSync} from 'node:child_process'
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {root} from '@vetted/scripts/steps'
import {parseSeedArgs, usage} from '@vetted/scripts/seed'
import {demoSeedsDir, readSeeds, refusedSeedsDir} from './seedFixtures.ts'

const work = mkdtempSync(path.join(tmpdir(), 'vetted-seed-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

const script = path.join(root, 'scripts', 'datasetSeed.ts')

function runSeed(args: string[], cwd = root) {
  const result = spawnSync(process.execPath, [script, ...args], {cwd, encoding: 'utf8'})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** A seeds folder with the demo seeds plus the refused fixture `name`. */
function seedsWith(name: string): string {
  const dir = path.join(work, name.replace(/\.txt$/, ''))
  mkdirSync(dir)
  for (const {file} of readSeeds())
    copyFileSync(path.join(demoSeedsDir, file), path.join(dir, file))
  copyFileSync(path.join(refusedSeedsDir, name), path.join(dir, name))
  return dir
}

const idsIn = (ndjson: string) =>
  ndjson
    .trimEnd()
    .split('\n')
    .map((line) => (JSON.parse(line) as {_id: string})._id)

describe('npm run dataset:seed', () => {
  it('reads the demo seeds in scripts/seeds by default, from any working directory', () => {
    expect(parseSeedArgs(['--out', 'x.ndjson'], {repoRoot: root, cwd: work})).toEqual({
      out: path.join(work, 'x.ndjson'),
      seeds: path.join(root, 'scripts', 'seeds'),
    })
    const out = path.join(work, 'elsewhere.ndjson')
    const run = runSeed(['--out', out], work)
    expect({status: run.status, stderr: run.stderr}).toEqual({status: 0, stderr: ''})
    for (const {file} of readSeeds()) expect(run.stdout).toContain(file)
    expect(idsIn(readFileSync(out, 'utf8'))).toContain('drafts.article-seed-004')
  })

  it('writes the same bytes on every run and prints the summary', () => {
    const first = path.join(work, 'first.ndjson')
    const second = path.join(work, 'second.ndjson')
    const run = runSeed(['--out', first])
    expect({status: run.status, stderr: run.stderr}).toEqual({status: 0, stderr: ''})
    expect(runSeed(['--out', second]).status).toBe(0)
    expect(readFileSync(first)).toEqual(readFileSync(second))
    const ids = idsIn(readFileSync(first, 'utf8'))
    expect(run.stdout).toContain(`Wrote ${ids.length} documents to ${first}`)
    expect(ids.filter((id) => /-seed-/.test(id))).toEqual([
      ...['000', '001', '002', '003', '004'].map((number) => `drafts.article-seed-${number}`),
      ...[1, 2, 3, 4].map((position) => `drafts.citation-seed-004-${position}`),
    ])
    expect(run.stdout).toMatch(/treatment\s+11\s+11\s+0/)
    expect(run.stdout).toMatch(/article\s+5\s+5\s+0/)
    expect(run.stdout).toContain(
      '001_backbone-daily-calm-a-spasm.txt: 14 removed (breadcrumb 1, dateline 1, image-caption 2, repeated-title 1, related-link 6, widget 3)',
    )
    expect(run.stdout).toContain('000_cedar-hollow-spasm-basics.txt: 0 removed')
    expect(run.stdout).toMatch(/line {3}1 {2}breadcrumb {6}HomeWellnessSpineHow To Calm/)
    expect(run.stdout).toMatch(
      /004_lumbar-ledger-evidence-review\.txt\s+article-seed-004\s+\d+\s+5\s+5\s+yes/,
    )
    expect(run.stdout).toContain('commerce/phone-number')
    expect(run.stdout).toMatch(/drafts\.article-seed-001\s+4\s+10\s+0\s+3\s+1\s+18/)
    expect(readdirSync(work).filter((file) => file.endsWith('.tmp'))).toEqual([])
  })

  it('imports any folder given with --seeds, relative to the working directory', () => {
    const out = path.join(work, 'fixtures.ndjson')
    const run = runSeed(['--out', out, '--seeds', path.join('tests', 'fixtures', 'seeds')])
    expect({status: run.status, stderr: run.stderr}).toEqual({status: 0, stderr: ''})
    expect(run.stdout).toContain('100_navigation.txt: 7 removed (navigation 7)')
    expect(run.stdout).toContain('107_comments.txt: 8 removed (comments 1, site-footer 7)')
    const ids = idsIn(readFileSync(out, 'utf8'))
    expect(ids).toEqual(
      expect.arrayContaining([
        'drafts.article-seed-100',
        'drafts.article-seed-115',
        'drafts.citation-seed-115-1',
        'drafts.citation-seed-115-2',
      ]),
    )
    expect(ids).not.toContain('drafts.article-seed-000')
  })

  it.each([
    ['120_empty.txt', '120_empty.txt:1: has no text at all'],
    ['121_binary.txt', '121_binary.txt:3: contains binary data (byte 0x00 at offset 17)'],
    ['122_latin1.txt', '122_latin1.txt:3: is not valid UTF-8'],
    ['123_chrome-only.txt', '123_chrome-only.txt:1: has nothing left but page chrome'],
    ['124_incomplete-reference.txt', '124_incomplete-reference.txt: reference 1 ('],
    ['125_unreadable-reference.txt', '125_unreadable-reference.txt: reference 1 does not parse'],
    ['126_list-first.txt', '126_list-first.txt:1: has no title'],
    ['notes.txt', 'notes.txt:1: is not named like a seed'],
  ])('refuses a folder holding %s, naming the file, and writes nothing', (name, message) => {
    const out = path.join(work, `${name}.ndjson`)
    const run = runSeed(['--out', out, '--seeds', seedsWith(name)])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(message)
    expect(run.stderr).toContain('Nothing was written.')
    expect(readdirSync(work)).not.toContain(`${name}.ndjson`)
  })

  it('keeps an existing output file untouched when the seed fails', () => {
    const out = path.join(work, 'existing.ndjson')
    writeFileSync(out, 'previous dataset\n')
    const dir = path.join(work, 'existing')
    mkdirSync(dir)
    writeFileSync(path.join(dir, '005_empty.txt'), '')
    const run = runSeed(['--out', out, '--seeds', dir])
    expect(run.status).toBe(1)
    expect(readFileSync(out, 'utf8')).toBe('previous dataset\n')
  })

  it('says when the seeds folder is missing or holds no seed files', () => {
    const missing = runSeed(['--out', path.join(work, 'm.ndjson'), '--seeds', 'no/such/folder'])
    expect(missing.status).toBe(2)
    expect(missing.stderr).toContain(`${path.join(root, 'no', 'such', 'folder')} cannot be read`)
    const empty = path.join(work, 'no-txt')
    mkdirSync(empty)
    writeFileSync(path.join(empty, 'README.md'), '# not a seed\n')
    const none = runSeed(['--out', path.join(work, 'n.ndjson'), '--seeds', empty])
    expect(none.status).toBe(2)
    expect(none.stderr).toContain(`${empty} holds no .txt seed files`)
  })

  it('prints the usage, naming the default seeds folder, when --out is missing or an argument is unknown', () => {
    expect(usage).toContain('(default: the demo seeds, scripts/seeds/ in the repository)')
    for (const args of [[], ['--out'], ['--output', 'x.ndjson']]) {
      const run = runSeed(args)
      expect(run.status).toBe(2)
      expect(run.stderr).toContain('Usage: npm run dataset:seed -- --out FILE [--seeds DIR]')
      expect(run.stderr).toContain('scripts/seeds/')
    }
  })
})
