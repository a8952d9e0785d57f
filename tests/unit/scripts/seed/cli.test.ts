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
import {seedsDir} from './seedFixtures.ts'

const work = mkdtempSync(path.join(tmpdir(), 'vetted-seed-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

function runSeed(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/datasetSeed.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  })
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** A seeds folder with the real seeds plus `extra` files. */
function seedsWith(name: string, extra: Record<string, Uint8Array | string>): string {
  const dir = path.join(work, name)
  mkdirSync(dir)
  for (const file of readdirSync(seedsDir))
    copyFileSync(path.join(seedsDir, file), path.join(dir, file))
  for (const [file, content] of Object.entries(extra)) writeFileSync(path.join(dir, file), content)
  return dir
}

describe('npm run dataset:seed', () => {
  it('writes the same bytes on every run and prints the summary', () => {
    const first = path.join(work, 'first.ndjson')
    const second = path.join(work, 'second.ndjson')
    const run = runSeed('--out', first)
    expect({status: run.status, stderr: run.stderr}).toEqual({status: 0, stderr: ''})
    expect(runSeed('--out', second).status).toBe(0)
    expect(readFileSync(first)).toEqual(readFileSync(second))
    expect(readFileSync(first, 'utf8').trimEnd().split('\n')).toHaveLength(26)
    expect(run.stdout).toMatch(/treatment\s+11\s+11\s+0/)
    expect(run.stdout).toMatch(/002_045c1b445ff1c1f7\.txt: 12 removed/)
    expect(run.stdout).toContain('commerce/phone-number')
    expect(readdirSync(work).filter((file) => file.endsWith('.tmp'))).toEqual([])
  })

  it('refuses an empty seed file, naming it, and writes nothing', () => {
    const out = path.join(work, 'empty.ndjson')
    const run = runSeed('--out', out, '--seeds', seedsWith('empty', {'005_empty.txt': '\n  \n'}))
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('005_empty.txt:1: has no text at all')
    expect(readdirSync(work)).not.toContain('empty.ndjson')
  })

  it('refuses a binary seed file, naming the file and line, and writes nothing', () => {
    const binary = new Uint8Array([
      ...new TextEncoder().encode('Title\nline two\n'),
      0x89,
      0x50,
      0x00,
      0x0d,
    ])
    const out = path.join(work, 'binary.ndjson')
    const run = runSeed('--out', out, '--seeds', seedsWith('binary', {'005_image.txt': binary}))
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/005_image\.txt:3: contains binary data \(byte 0x00/)
    expect(readdirSync(work)).not.toContain('binary.ndjson')
  })

  it('refuses a file that is not UTF-8 and one that is nothing but chrome', () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('Title\n\nCaf'), 0xe9, 0x0a])
    const notUtf8 = runSeed(
      '--out',
      path.join(work, 'latin1.ndjson'),
      '--seeds',
      seedsWith('latin1', {'005_latin1.txt': latin1}),
    )
    expect(notUtf8.stderr).toContain('005_latin1.txt:3: is not valid UTF-8')
    const chromeOnly = runSeed(
      '--out',
      path.join(work, 'chrome.ndjson'),
      '--seeds',
      seedsWith('chrome', {'005_chrome.txt': 'Skip to content\nShopping Cart\n'}),
    )
    expect(chromeOnly.stderr).toContain('005_chrome.txt:1: has nothing left but page chrome')
    expect(readdirSync(work).filter((file) => /latin1\.ndjson|chrome\.ndjson/.test(file))).toEqual(
      [],
    )
  })

  it('keeps an existing output file untouched when the seed fails', () => {
    const out = path.join(work, 'existing.ndjson')
    writeFileSync(out, 'previous dataset\n')
    const run = runSeed('--out', out, '--seeds', seedsWith('existing', {'005_empty.txt': ''}))
    expect(run.status).toBe(1)
    expect(readFileSync(out, 'utf8')).toBe('previous dataset\n')
  })

  it('prints the usage when --out is missing or an argument is unknown', () => {
    for (const args of [[], ['--out'], ['--output', 'x.ndjson']]) {
      const run = runSeed(...args)
      expect(run.status).toBe(2)
      expect(run.stderr).toContain('Usage: npm run dataset:seed -- --out FILE')
    }
  })
})
