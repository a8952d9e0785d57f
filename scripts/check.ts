import {checks, runSteps} from './src/steps.ts'

const name = process.argv[2]
if (name === 'format') {
  const prettier = checks.format[0]
  process.exit(
    prettier ? runSteps([{...prettier, args: ['--write', '--log-level', 'warn', '.']}]) : 1,
  )
}
if (name !== 'lint' && name !== 'typecheck') {
  console.error('usage: check.ts lint|typecheck|format')
  process.exit(2)
}
process.exit(runSteps(checks[name]))
