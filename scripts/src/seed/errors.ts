/** A seed file that cannot be imported; the message names the file and line and says how to fix it. */
export class SeedInputError extends Error {
  override name = 'SeedInputError'
  readonly file: string
  readonly line: number

  constructor(file: string, line: number, problem: string, fix: string) {
    super(`${file}:${line}: ${problem}. ${fix}`)
    this.file = file
    this.line = line
  }
}

/** Command-line arguments that do not parse; the message says what is wrong and shows the usage. */
export class SeedUsageError extends Error {
  override name = 'SeedUsageError'
}

/** Curated data that contradicts another source of truth (demo users, parsed references). */
export class SeedConsistencyError extends Error {
  override name = 'SeedConsistencyError'
}
