import {scanRepository} from './src/selfContained/scan.ts'
import {root} from './src/steps.ts'

// `npm test`'s guard: a user's clone has nothing beside it, so no tracked file may read there.
const findings = scanRepository(root)
if (findings.length > 0) {
  console.error(
    `${findings.length} place(s) read outside the repository, which a user's clone does not have:\n`,
  )
  for (const finding of findings)
    console.error(`  ${finding.file}:${finding.line}  ${finding.code}\n    → ${finding.target}`)
  console.error(
    '\nKeep what the product and its tests need inside the repository (demo content in scripts/seeds/, fixtures in tests/fixtures/).',
  )
  process.exit(1)
}
console.log('No tracked file reads outside the repository.')
