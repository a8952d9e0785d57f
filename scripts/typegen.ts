import {checkTypes} from './src/typegen/checkTypes.ts'
import {generateTypes} from './src/typegen/generateTypes.ts'
import {TypegenError} from './src/typegen/sanityCli.ts'

// `npm run typegen`: studio/schema.json and schemas/src/sanity.types.ts from the schema and the
// site's GROQ queries. `--check` (CI) fails when the committed files are not what it generates.
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`

try {
  if (process.argv.includes('--check')) {
    const {stale, timings} = checkTypes()
    if (stale.length > 0) {
      console.error(`schema types are stale: run npm run typegen (differs: ${stale.join(', ')})`)
      process.exit(1)
    }
    console.log(
      `schema types are current (extract ${seconds(timings.extract)}, typegen ${seconds(timings.generate)})`,
    )
  } else {
    const {timings} = generateTypes()
    console.log(
      `wrote studio/schema.json (${seconds(timings.extract)}) and schemas/src/sanity.types.ts (${seconds(timings.generate)})`,
    )
  }
} catch (error) {
  if (!(error instanceof TypegenError)) throw error
  console.error(error.message)
  process.exit(1)
}
