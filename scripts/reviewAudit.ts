import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {auditNdjson, auditRecords} from './src/review/audit.ts'
import {AuditConfigError, auditSource} from './src/review/auditSource.ts'
import {root} from './src/steps.ts'

// `npm run review:audit -- --out FILE`: every review record (drafts too: forgeries show up),
// one NDJSON line each, with whether its signature verifies and, if not, why; and whether each
// document's records still form an unbroken chain (none removed or altered).
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
if (summary.brokenChains.length === 0) {
  console.log(
    `Record chains: all ${summary.chains} documents' records are linked, none missing or altered.`,
  )
} else {
  console.log(
    `Record chains: ${summary.brokenChains.length} of ${summary.chains} documents have a broken chain:`,
  )
  for (const {subject, problems} of summary.brokenChains) {
    for (const problem of problems) console.log(`  ${subject}: ${problem}`)
  }
}
process.exit(summary.total === byVerdict.valid && summary.brokenChains.length === 0 ? 0 : 1)
