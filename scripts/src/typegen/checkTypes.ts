import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import path from 'node:path'
import {committedOutput, generateTypes, type TypegenOutput} from './generateTypes.ts'
import {repoRoot} from './sanityCli.ts'

export interface TypegenCheck extends TypegenOutput {
  /** Committed files whose content differs from a fresh generation. */
  stale: string[]
}

function sameContent(freshPath: string, committedPath: string): boolean {
  return (
    existsSync(committedPath) &&
    readFileSync(freshPath, 'utf8') === readFileSync(committedPath, 'utf8')
  )
}

/**
 * Generates into a scratch directory and compares with the committed files. The scratch
 * directory sits inside the repository so TypeGen formats with the repository's Prettier config.
 */
export function checkTypes(): TypegenCheck {
  const cache = path.join(repoRoot, 'node_modules', '.cache')
  mkdirSync(cache, {recursive: true})
  const scratch = mkdtempSync(path.join(cache, 'typegen-check-'))
  try {
    const fresh = generateTypes(scratch)
    const stale = [
      [fresh.schemaPath, committedOutput.schemaPath],
      [fresh.typesPath, committedOutput.typesPath],
    ]
      .filter(([freshPath = '', committedPath = '']) => !sameContent(freshPath, committedPath))
      .map(([, committedPath = '']) => path.relative(repoRoot, committedPath))
    return {...fresh, stale}
  } finally {
    rmSync(scratch, {recursive: true, force: true})
  }
}
