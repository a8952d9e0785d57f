import {spawnSync} from 'node:child_process'
import path from 'node:path'

export const root = path.resolve(import.meta.dirname, '..', '..')

export interface Step {
  name: string
  command: string
  args: string[]
}

const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)

export const checks = {
  format: [
    {
      name: 'format (prettier --check)',
      command: bin('prettier'),
      args: ['--check', '--log-level', 'warn', '.'],
    },
  ],
  lint: [{name: 'lint (oxlint, warnings fail)', command: bin('oxlint'), args: ['--deny-warnings']}],
  typecheck: [
    {name: 'typecheck', command: bin('tsc'), args: ['-p', 'tsconfig.json']},
    {
      name: 'typecheck web',
      command: bin('tsc'),
      args: ['-p', 'web/tsconfig.json'],
    },
  ],
  types: [
    {
      name: 'schema JSON and sanity.types.ts are current',
      command: process.execPath,
      args: ['scripts/typegen.ts', '--check'],
    },
  ],
  selfContained: [
    {
      name: 'the repository reads nothing outside itself',
      command: process.execPath,
      args: ['scripts/checkSelfContained.ts'],
    },
  ],
} satisfies Record<string, Step[]>

/** Runs steps in order and stops at the first failure; returns the exit code. */
export function runSteps(steps: Step[]): number {
  for (const step of steps) {
    const started = Date.now()
    console.log(`\n▶ ${step.name}`)
    const result = spawnSync(step.command, step.args, {stdio: 'inherit', cwd: root})
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    if (result.error) {
      console.error(`✖ ${step.name} could not start: ${result.error.message}`)
      return 1
    }
    if (result.status !== 0) {
      console.error(`✖ ${step.name} failed after ${seconds}s`)
      return result.status ?? 1
    }
    console.log(`✔ ${step.name} (${seconds}s)`)
  }
  return 0
}
