import path from 'node:path'

/** The repository root: this file lives in `lake/src/`. */
const repositoryRoot = path.resolve(import.meta.dirname, '..', '..')

/** Where `npm run lake`, `lake:import` and `lake:export` keep the lake unless `--data` says otherwise. */
export const defaultLakeDataDir = path.join(repositoryRoot, '.data', 'lake')

/** The SQLite file inside a lake data folder. */
export const lakeDatabaseFileName = 'lake.sqlite'

/** The SQLite file of the lake whose data folder is `dataDir` (default: the gitignored dev folder). */
export function lakeDatabasePath(dataDir: string = defaultLakeDataDir): string {
  return path.join(path.resolve(dataDir), lakeDatabaseFileName)
}
