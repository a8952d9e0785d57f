import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import path from 'node:path'

export const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..')
export const studioDir = path.join(repoRoot, 'studio')

/** A Sanity CLI step failed; the message says which and how to see why. */
export class TypegenError extends Error {
  override name = 'TypegenError'
}

/** Environment variable that sanity.cli.ts reads to write TypeGen output elsewhere (for --check). */
export const typegenOutDirVariable = 'VETTED_TYPEGEN_OUT_DIR'

/**
 * Runs the Studio's own `sanity` binary in studio/, under the Node running this script (24: the
 * CLI needs >= 22.12), with telemetry off so nothing leaves the machine.
 */
export function runSanity(args: string[], extraEnv: Record<string, string> = {}): number {
  const bin = path.join(studioDir, 'node_modules', '.bin', 'sanity')
  if (!existsSync(bin)) {
    throw new TypegenError(`${bin} is missing: run pnpm install at the repository root.`)
  }
  const started = Date.now()
  const result = spawnSync(bin, args, {
    cwd: studioDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: {
      ...process.env,
      PATH: [path.dirname(process.execPath), process.env.PATH].join(path.delimiter),
      DO_NOT_TRACK: '1',
      ...extraEnv,
    },
  })
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`
  // The CLI prints some failures (e.g. "Schema file already exists") and still exits 0.
  if (result.status !== 0 || /^\s*(?:›\s+)?Error:/m.test(output)) {
    throw new TypegenError(`sanity ${args.join(' ')} failed (exit ${result.status}):\n${output}`)
  }
  return Date.now() - started
}
