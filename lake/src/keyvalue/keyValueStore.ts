import {existsSync, readFileSync, renameSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {z} from 'zod'

const fileSchema = z.record(z.string(), z.record(z.string(), z.unknown()))

function readSettings(file: string): Record<string, Record<string, unknown>> {
  try {
    const parsed = fileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')))
    return parsed.success ? parsed.data : {}
  } catch {
    return {}
  }
}

/**
 * The Studio's per-user settings (`/users/me/keyvalue`: list layouts, sort orders, time zones),
 * kept in one small JSON file in the data folder; written whole, atomically.
 */
export class KeyValueStore {
  private readonly file: string
  private readonly values: Record<string, Record<string, unknown>>

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'keyvalue.json')
    // A damaged settings file only costs people their list layouts: start over rather than stop.
    this.values = existsSync(this.file) ? readSettings(this.file) : {}
  }

  get(userId: string, keys: string[]): Array<{key: string; value: unknown}> {
    const mine = this.values[userId] ?? {}
    return keys.map((key) => ({key, value: mine[key] ?? null}))
  }

  set(userId: string, pairs: Array<{key: string; value: unknown}>) {
    const mine = (this.values[userId] ??= {})
    for (const {key, value} of pairs) mine[key] = value
    const temporary = `${this.file}.${process.pid}.tmp`
    writeFileSync(temporary, JSON.stringify(this.values))
    renameSync(temporary, this.file)
    return pairs
  }
}
