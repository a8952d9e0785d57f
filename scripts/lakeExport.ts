// npm run lake:export -- FILE [--data DIR] [--no-drafts]
// Writes the local lake's documents as `sanity dataset export` NDJSON (data.ndjson).
import {existsSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {lakeDatabasePath} from '../lake/src/paths.ts'
import {openStore} from '../lake/src/store/openStore.ts'
import {exportFile} from '../lake/src/transfer/transfer.ts'

const usage = 'usage: npm run lake:export -- FILE [--data DIR] [--no-drafts]'

const {values, positionals} = parseArgs({
  allowPositionals: true,
  allowNegative: true,
  options: {
    data: {type: 'string'},
    drafts: {type: 'boolean', default: true},
  },
})
const [file, ...extra] = positionals
if (file === undefined || extra.length > 0) {
  console.error(usage)
  process.exit(2)
}

const database = lakeDatabasePath(values.data)
if (!existsSync(database)) {
  console.error(
    `lake:export: there is no lake at ${database}; pass --data with the folder \`npm run lake\` uses`,
  )
  process.exit(1)
}
const store = openStore(database)
try {
  const count = exportFile(store, file, {drafts: values.drafts})
  console.log(`Exported ${count} documents from ${store.dbPath} to ${file}`)
} finally {
  store.close()
}
