import {existsSync, statSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {root} from '../src/steps.ts'
import {startLakeProcess} from '../src/bench/lake/lakeProcess.ts'
import {formatLakeReport, type LakeBenchRow, type LakeFootprint} from '../src/bench/lake/table.ts'
import {
  benchDataDir,
  benchQueries,
  plainRunner,
  pushdownRunner,
  time,
} from '../src/bench/lake/run.ts'

// `npm run bench:lake [-- --sizes 10000,100000 --runs 200]`: query speed and memory of the lake
// at scale, with SQL pushdown, beside plain groq-js over the same documents (see lake/ in the README).
const {values} = parseArgs({
  options: {
    sizes: {type: 'string', default: '10000,100000'},
    runs: {type: 'string', default: '200'},
    'plain-runs': {type: 'string', default: '10'},
  },
})
const sizes = values.sizes.split(',').map(Number)
const runs = Number(values.runs)
const plainRuns = Number(values['plain-runs'])
if (
  sizes.some((size) => !Number.isInteger(size) || size < 100) ||
  !(runs >= 10) ||
  !(plainRuns >= 1)
) {
  console.error(
    '--sizes takes whole numbers of at least 100 (e.g. 10000,100000); --runs at least 10; --plain-runs at least 1',
  )
  process.exit(2)
}

const log = (line: string) => console.log(line)
const dataRoot = path.join(root, '.data', 'bench-lake')
const rows: LakeBenchRow[] = []
const memory: LakeFootprint[] = []

/** The lake's file and its write-ahead log, in MB. */
const fileMb = (dbPath: string) =>
  [dbPath, `${dbPath}-wal`]
    .filter((file) => existsSync(file))
    .reduce((total, file) => total + statSync(file).size, 0) / 1e6

/** Plain groq-js, as many runs as the query allows (none for the slowest). */
const timePlain = (query: {plainRuns?: number}, body: (run: number) => Promise<unknown>) => {
  const count = Math.min(plainRuns, query.plainRuns ?? plainRuns)
  return count > 0 ? time(count, body) : Promise.resolve(undefined)
}

for (const size of sizes) {
  log(`${size} synthetic documents`)
  const dataDir = benchDataDir(dataRoot, size, log)
  const dbPath = path.join(dataDir, 'lake.sqlite')
  const queries = benchQueries(size)

  // Each query three ways, one after another: the real lake over HTTP with @sanity/client
  // (started with no flags, as `npm run lake` is: it indexes what queries filter by as it
  // answers them), the engine in this process with pushdown over the same file, and plain
  // groq-js over every document.
  const lake = await startLakeProcess(dataDir, [])
  const pushdown = pushdownRunner(dbPath)
  const plain = plainRunner(dbPath)
  let processMemory = {rssMb: Number.NaN, peakMb: Number.NaN}
  try {
    for (const query of queries) {
      rows.push({
        size,
        documents: plain.documents,
        query: query.name,
        kind: query.kind,
        http: await time(runs, (run) =>
          lake.client.fetch(query.query, query.params(run), {perspective: query.perspective}),
        ),
        engine: await time(runs, (run) => pushdown.run(query, run)),
        plain: await timePlain(query, (run) => plain.run(query, run)),
      })
    }
    processMemory = lake.memory()
  } finally {
    pushdown.close()
    await lake.stop()
  }
  // After the lake closed the file: what it holds once the WAL is checkpointed.
  memory.push({size, documents: plain.documents, ...processMemory, fileMb: fileMb(dbPath)})
  log(`  measured ${queries.length} queries`)
}

console.log(`\n${formatLakeReport(rows, memory)}`)
