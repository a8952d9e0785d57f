import path from 'node:path'
import {parseArgs} from 'node:util'
import {fixturesDir, recordStudioTraffic} from './src/record/index.ts'

// Records the real Studio's traffic against the local lake into tests/fixtures/studio/
// (see its README.md). `--out DIR` writes somewhere else, e.g. to compare with the committed one.
const {values} = parseArgs({options: {out: {type: 'string'}}})
const recording = await recordStudioTraffic(values.out ? path.resolve(values.out) : fixturesDir)
console.log(`\n${recording.requests} requests recorded:`)
for (const [endpoint, count] of Object.entries(recording.byEndpoint))
  console.log(`  ${String(count).padStart(3)}  ${endpoint}`)
if (recording.failed.length > 0)
  console.log(`\nAnswered with an error or failed:\n  ${recording.failed.join('\n  ')}`)
console.log(`\nWritten to ${values.out ?? fixturesDir}`)
