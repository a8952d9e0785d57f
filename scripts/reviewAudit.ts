import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {auditNdjson, auditRecords} from './src/review/audit.ts'
import {AuditConfigError, auditSource} from './src/review/auditSource.ts'
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

function stop(message: string): never {
  console.error(`review:audit: ${message}`)
  process.exit(2)
}

let source: ReturnType<typeof auditSource>
try {
  source = auditSource(process.env, root)
} catch (error) {
  if (error instanceof AuditConfigError) stop(error.message)
  throw error
}
const records = await source.client
  .fetch<Record<string, unknown>[]>('*[_type == "medicalReview"] | order(at asc)')
  .catch((error: unknown) =>
    stop(
      `could not read the records from ${source.describe} (${error instanceof Error ? error.message : String(error)}); is it running (npm run dev)?`,
    ),
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
