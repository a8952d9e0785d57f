import path from 'node:path'
import {defineCliConfig} from 'sanity/cli'
import {studioApiTarget} from './studioEnv.ts'

// `npm run typegen -- --check` points this at a scratch directory, then compares with the
// committed files; normally TypeGen writes straight into schemas/.
const checkDir = process.env.VETTED_TYPEGEN_OUT_DIR

export default defineCliConfig({
  api: {projectId: studioApiTarget.projectId, dataset: studioApiTarget.dataset},
  // The lake serves the built Studio at /studio, so its assets must be linked under it.
  project: {basePath: '/studio'},
  // `npm run typegen` (scripts/typegen.ts) runs extract, then generate with these settings.
  typegen: {
    path: '../web/src/**/*.{ts,tsx}',
    schema: checkDir ? path.join(checkDir, 'schema.json') : './schema.json',
    generates: checkDir ? path.join(checkDir, 'sanity.types.ts') : '../schemas/src/sanity.types.ts',
    overloadClientMethods: true,
  },
})
