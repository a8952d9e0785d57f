import {buildStudioIfChanged} from './src/dev/studioBuild.ts'
import {defaultTopology, urls} from './src/dev/topology.ts'

// `npm run studio:build`: the Studio the lake serves at /studio, configured from SANITY_STUDIO_*.
const topology = defaultTopology()
const at = urls(topology)
const result = buildStudioIfChanged(topology.studioDir, {
  SANITY_STUDIO_API_HOST: process.env.SANITY_STUDIO_API_HOST ?? at.lakeHttps,
  SANITY_STUDIO_SERVICE_URL: process.env.SANITY_STUDIO_SERVICE_URL ?? at.web,
  ...(process.env.SANITY_STUDIO_PROJECT_ID && {
    SANITY_STUDIO_PROJECT_ID: process.env.SANITY_STUDIO_PROJECT_ID,
  }),
  ...(process.env.SANITY_STUDIO_DATASET && {
    SANITY_STUDIO_DATASET: process.env.SANITY_STUDIO_DATASET,
  }),
})
console.log(`Studio ${result}: ${topology.studioDir}`)
