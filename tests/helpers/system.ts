import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {root} from '@vetted/scripts/steps'
import {startSystem, type RunningSystem, type SystemOptions} from '@vetted/scripts/dev/system'
import type {Topology} from '@vetted/scripts/dev/topology'

/**
 * The whole system as `npm run dev` starts it — seeded lake, built Studio, site — on ports of
 * its own and a fresh data folder, so tests never touch a developer's running instance.
 * The Studio build is cached across runs (it is keyed by its sources and settings).
 */
export async function startTestSystem(web: SystemOptions['web']): Promise<RunningSystem> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'vetted-e2e-'))
  const topology: Topology = {
    dataDir,
    lakeDir: path.join(dataDir, 'lake'),
    studioDir: path.join(root, '.data', 'test-studio'),
    httpsPort: 4400,
    httpPort: 4401,
    webPort: 3400,
  }
  const system = await startSystem(topology, {web, quiet: true, log: () => {}})
  return {
    ...system,
    async stop() {
      await system.stop()
      rmSync(dataDir, {recursive: true, force: true})
    },
  }
}
