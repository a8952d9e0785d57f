import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {buildStudioIfChanged} from '../../../scripts/src/dev/studioBuild.ts'
import {startTestLake, type TestLake} from '../../helpers/lake.ts'
import {importDemoDataset} from '../../integration/service/demoDataset.ts'

export interface StudioLake {
  lake: TestLake
  stop(): Promise<void>
}

/**
 * A lake with the demo dataset that serves the unmodified Studio at /studio, built for it into
 * a temporary folder (the review service is not running: these suites exercise the lake).
 */
export async function startStudioLake(name: string): Promise<StudioLake> {
  const studioDir = mkdtempSync(path.join(tmpdir(), `vetted-studio-${name}-`))
  const lake = await startTestLake({args: ['--studio', studioDir]})
  const stop = async () => {
    await lake.stop()
    rmSync(studioDir, {recursive: true, force: true})
  }
  try {
    buildStudioIfChanged(studioDir, {
      SANITY_STUDIO_API_HOST: lake.httpsUrl,
      SANITY_STUDIO_SERVICE_URL: 'http://127.0.0.1:9',
    })
    await importDemoDataset(lake)
  } catch (error) {
    await stop()
    throw error
  }
  return {lake, stop}
}
