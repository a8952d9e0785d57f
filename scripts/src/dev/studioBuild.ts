import {spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {root} from '../steps.ts'

/** Studio configuration is inlined at build time (Sanity's SANITY_STUDIO_* convention). */
export interface StudioBuildEnv {
  SANITY_STUDIO_API_HOST: string
  SANITY_STUDIO_SERVICE_URL: string
  SANITY_STUDIO_PROJECT_ID?: string
  SANITY_STUDIO_DATASET?: string
}

const sourceDirs = ['studio', path.join('schemas', 'src')]
const skipped = new Set(['node_modules', 'dist', '.sanity'])

function hashTree(hash: ReturnType<typeof createHash>, dir: string) {
  for (const entry of readdirSync(dir, {withFileTypes: true}).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    if (skipped.has(entry.name)) continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) hashTree(hash, full)
    else hash.update(path.relative(root, full)).update(readFileSync(full))
  }
}

function sourceHash(env: StudioBuildEnv): string {
  const hash = createHash('sha256')
  for (const dir of sourceDirs) hashTree(hash, path.join(root, dir))
  hash.update(readFileSync(path.join(root, 'pnpm-lock.yaml')))
  hash.update(JSON.stringify(env, Object.keys(env).sort()))
  return hash.digest('hex')
}

export class StudioBuildError extends Error {
  override name = 'StudioBuildError'
}

/** Builds the Studio into `outDir` unless the same sources and settings were built there already. */
export function buildStudioIfChanged(outDir: string, env: StudioBuildEnv): 'built' | 'up to date' {
  const stamp = path.join(outDir, '.vetted-build')
  const hash = sourceHash(env)
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return 'up to date'
  const result = spawnSync(
    path.join(root, 'studio', 'node_modules', '.bin', 'sanity'),
    ['build', outDir, '--yes'],
    {
      cwd: path.join(root, 'studio'),
      env: {...process.env, ...env},
      encoding: 'utf8',
    },
  )
  if (result.status !== 0) {
    throw new StudioBuildError(`sanity build failed:\n${result.stdout}\n${result.stderr}`)
  }
  writeFileSync(stamp, hash)
  return 'built'
}
