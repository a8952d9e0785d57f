import {parseArgs} from 'node:util'
import {runWebBench} from '../src/bench/web/run.ts'
import {formatWebReport} from '../src/bench/web/table.ts'

// `npm run bench:web [-- --seconds N]`: the reader site's speed (see web/ in the README).
const {values} = parseArgs({options: {seconds: {type: 'string', default: '10'}}})
const seconds = Number(values.seconds)
if (!Number.isInteger(seconds) || seconds < 1) {
  console.error('--seconds must be a whole number of seconds, at least 1')
  process.exit(2)
}
const report = await runWebBench(seconds, (line) => console.log(line))
console.log(`\n${formatWebReport(report)}`)
