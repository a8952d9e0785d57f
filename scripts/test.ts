import path from 'node:path'
import {checks, root, runSteps} from './src/steps.ts'

// `npm test`: the same gate CI runs. Extra arguments go to vitest (a file filter, --project e2e).
const vitestArgs = process.argv.slice(2)
const status = runSteps([
  ...checks.format,
  ...checks.selfContained,
  ...checks.lint,
  ...checks.typecheck,
  ...checks.types,
  {
    name: 'tests (vitest)',
    command: path.join(root, 'node_modules', '.bin', 'vitest'),
    args: ['run', ...vitestArgs],
  },
])
process.exit(status)
