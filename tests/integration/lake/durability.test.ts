import {spawn} from 'node:child_process'
import {mkdtempSync, rmSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {openStore} from '../../../lake/src/store/openStore.ts'

interface Connection {
  pragma(source: string, options?: {simple: boolean}): unknown
  prepare(source: string): {all(): unknown[]}
  close(): void
}
type ConnectionClass = new (file: string) => Connection
const Database = createRequire(new URL('../../../lake/package.json', import.meta.url))(
  'better-sqlite3',
) as ConnectionClass

const writer = path.join(import.meta.dirname, 'durabilityWriter.ts')
const folder = mkdtempSync(path.join(tmpdir(), 'vetted-durability-'))
const file = path.join(folder, 'lake.sqlite')
afterAll(() => rmSync(folder, {recursive: true, force: true}))

interface Acknowledged {
  id: string
  n: number
}

/** Starts the writer, reads acknowledgements until `count` arrived, then SIGKILLs it mid-stream. */
function writeThenKill(count: number): Promise<Acknowledged[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, file], {stdio: ['ignore', 'pipe', 'pipe']})
    const acknowledged: Acknowledged[] = []
    let pending = ''
    let errors = ''
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString()
    })
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString()
      const complete = pending.split('\n')
      pending = complete.pop() ?? ''
      for (const line of complete) {
        const [id, n] = line.split(' ')
        if (id && n) acknowledged.push({id, n: Number(n)})
      }
      if (acknowledged.length >= count && !child.killed) child.kill('SIGKILL')
    })
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(acknowledged)
      else reject(new Error(`the writer exited on its own (${code}): ${errors}`))
    })
  })
}

describe('durability', () => {
  it('keeps every acknowledged transaction when the writer is killed with SIGKILL, three times over', async () => {
    const acknowledged: Acknowledged[] = []
    for (let round = 0; round < 3; round++) {
      acknowledged.push(...(await writeThenKill(150)))

      const connection = new Database(file)
      try {
        expect(connection.pragma('integrity_check', {simple: true})).toBe('ok')
        const logged = new Set(
          (connection.prepare('SELECT id FROM transactions').all() as Array<{id: string}>).map(
            (row) => row.id,
          ),
        )
        expect(acknowledged.filter(({id}) => !logged.has(id))).toEqual([])
      } finally {
        connection.close()
      }

      const store = openStore(file)
      try {
        const missing = acknowledged.filter(
          ({id, n}) => store.getDocument(`probe-${n}`)?._rev !== id,
        )
        expect(missing).toEqual([])
      } finally {
        store.close()
      }
    }
    expect(acknowledged.length).toBeGreaterThanOrEqual(450)
  })
})
