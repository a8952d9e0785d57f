import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {findOutsideReads, findTeamFolderMentions, type OutsideRead} from './outsideReads.ts'

const codeFile = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/

export class SelfContainedCheckError extends Error {
  override name = 'SelfContainedCheckError'
}

/** Every tracked file, as git lists it (what a clone has). */
export function trackedFiles(root: string): string[] {
  const result = spawnSync('git', ['ls-files', '-z'], {cwd: root, encoding: 'utf8'})
  if (result.status !== 0) {
    throw new SelfContainedCheckError(
      `git ls-files failed in ${root}: ${result.stderr || result.error?.message}. Run the check from a git clone of the repository.`,
    )
  }
  return result.stdout.split('\0').filter(Boolean)
}

/** What the tracked files read outside the repository; empty when the clone stands alone. */
export function scanRepository(root: string): OutsideRead[] {
  return trackedFiles(root).flatMap((file) => {
    if (file.endsWith('.md') || file === 'pnpm-lock.yaml') return []
    const source = readFileSync(path.join(root, file), 'utf8')
    if (source.includes('\0')) return []
    const mentions = findTeamFolderMentions(file, source)
    return codeFile.test(file) ? [...mentions, ...findOutsideReads(root, file, source)] : mentions
  })
}
