// Child process of durability.test.ts: commits transactions to the lake file given as the only
// argument, as fast as it can, and prints "<transaction id> <n>" once each commit has returned.
import {openStore} from '../../../lake/src/store/openStore.ts'

const [file] = process.argv.slice(2)
if (file === undefined) throw new Error('usage: durabilityWriter.ts LAKE_FILE')
const store = openStore(file)
const payload = 'spasm '.repeat(500)

for (let n = store.lastSeq(); ; n++) {
  const transaction = store.mutate({
    author: 'durability-writer',
    authorize: () => {},
    mutations: [
      {createOrReplace: {_id: `rolling-${n % 20}`, _type: 'probe', n, payload}},
      {create: {_id: `probe-${n}`, _type: 'probe', n}},
    ],
  })
  // Pipes are synchronous on Linux: the line is out before the next commit starts.
  process.stdout.write(`${transaction.id} ${n}\n`)
}
