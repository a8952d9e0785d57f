// npm run lake:import -- FILE [--data DIR] [--replace | --missing]
// Imports `sanity dataset export` NDJSON into the local lake's SQLite file.
import {parseArgs} from 'node:util'
import {lakeDatabasePath} from '../lake/src/paths.ts'
import {openStore} from '../lake/src/store/openStore.ts'
import {importLines, readDocumentLines, type ImportMode} from '../lake/src/transfer/transfer.ts'
import {TransferError, type DocumentLine} from '../lake/src/transfer/ndjson.ts'

const usage = 'usage: npm run lake:import -- FILE [--data DIR] [--replace | --missing]'

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {
    data: {type: 'string'},
    replace: {type: 'boolean', default: false},
    missing: {type: 'boolean', default: false},
  },
})
const [file, ...extra] = positionals
if (file === undefined || extra.length > 0 || (values.replace && values.missing)) {
  console.error(usage)
  process.exit(2)
}

const mode: ImportMode = values.replace ? 'replace' : values.missing ? 'missing' : 'create'

function fail(error: unknown): never {
  if (!(error instanceof TransferError)) throw error
  console.error(`lake:import: ${error.message}`)
  process.exit(1)
}

// The whole file is checked before the lake is opened, so a bad file creates no lake either.
let lines: DocumentLine[]
try {
  lines = readDocumentLines(file)
} catch (error) {
  fail(error)
}
const store = openStore(lakeDatabasePath(values.data))
try {
  const summary = importLines(store, lines, file, {mode})
  console.log(
    `Imported ${summary.documents} documents from ${file} into ${store.dbPath}: ` +
      `${summary.created} created, ${summary.replaced} replaced, ${summary.skipped} kept ` +
      `(${summary.transactions.length} transactions)`,
  )
} catch (error) {
  store.close()
  fail(error)
}
store.close()
