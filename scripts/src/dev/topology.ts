import path from 'node:path'
import {root} from '../steps.ts'

/** Where each part listens and keeps its data. `npm run dev` uses the defaults; tests shift ports. */
export interface Topology {
  dataDir: string
  lakeDir: string
  studioDir: string
  httpsPort: number
  httpPort: number
  webPort: number
}

export function defaultTopology(): Topology {
  const dataDir = path.join(root, '.data')
  return {
    dataDir,
    lakeDir: path.join(dataDir, 'lake'),
    studioDir: path.join(dataDir, 'studio'),
    httpsPort: 4000,
    httpPort: 4001,
    webPort: 3000,
  }
}

export const urls = (t: Topology) => ({
  lakeHttps: `https://localhost:${t.httpsPort}`,
  lakeHttp: `http://127.0.0.1:${t.httpPort}`,
  studio: `https://localhost:${t.httpsPort}/studio`,
  web: `http://localhost:${t.webPort}`,
})
