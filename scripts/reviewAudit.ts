import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {auditNdjson, auditRecords} from './src/review/audit.ts'
import {auditSource} from './src/review/auditSource.ts'
import {root} from './src/steps.ts'

// `npm run review:audit -- --out FILE`: every review record (drafts too: forgeries show up),
// one NDJSON line each, with whether its signature verifies and, if not, why.
const args = process.argv.slice(2)
const outIndex = args.indexOf('--out')
const out = outIndex === -1 ? undefined : args[outIndex + 1]
if (!out) {
  console.error('usage: npm run review:audit -- --out FILE   (writes one NDJSON line per record)')
  process.exit(2)
}

const source = auditSource(process.env, root)
const records = await source.client.fetch<Record<string, unknown>[]>(
  '*[_type == "medicalReview"] | order(at asc)',
)
const {audited, summary} = await auditRecords(records, source.publicKeys)
writeFileSync(path.resolve(out), auditNdjson(audited))
const {byVerdict} = summary
console.log(
  `Audited ${summary.total} review records in ${source.describe}: ${byVerdict.valid} valid` +
    Object.entries(byVerdict)
      .filter(([verdict, count]) => verdict !== 'valid' && count > 0)
      .map(([verdict, count]) => `, ${count} ${verdict}`)
      .join('') +
    `. Written to ${out}.`,
)
process.exit(summary.total === byVerdict.valid ? 0 : 1)
