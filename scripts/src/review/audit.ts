import {
  chainProblems,
  importPublicKeys,
  medicalReviewRecordSchema,
  verifyRecord,
  type PublicKeys,
} from '@vetted/schemas/review'

export type AuditVerdict = 'valid' | 'forged-draft' | 'malformed' | 'unknown-key' | 'bad-signature'

export interface AuditedRecord {
  record: Record<string, unknown>
  verdict: AuditVerdict
  /** Why it does not count, in words; absent when valid. */
  problem?: string
}

const problems: Record<Exclude<AuditVerdict, 'valid'>, string> = {
  'forged-draft':
    'stored as a draft: records are only ever written published by the service, so this one is not',
  malformed: 'does not match the record contract (fields missing or inconsistent with its kind)',
  'unknown-key': 'signed with a key id that REVIEW_PUBLIC_KEYS does not list',
  'bad-signature': 'its signature does not match its content: it was edited after signing',
}

function hasKey(keys: PublicKeys, keyId: string): boolean {
  return keys instanceof Map ? keys.has(keyId) : Object.hasOwn(keys, keyId)
}

/** Checks one stored record and says why it does not count when it does not. */
export async function auditRecord(
  record: Record<string, unknown>,
  keys: PublicKeys,
): Promise<AuditedRecord> {
  const id = typeof record._id === 'string' ? record._id : ''
  const verdict: AuditVerdict = id.startsWith('drafts.')
    ? 'forged-draft'
    : await (async () => {
        const parsed = medicalReviewRecordSchema.safeParse(record)
        if (!parsed.success) return 'malformed'
        if (!hasKey(keys, parsed.data.keyId)) return 'unknown-key'
        return (await verifyRecord(record, keys)) ? 'valid' : 'bad-signature'
      })()
  return verdict === 'valid' ? {record, verdict} : {record, verdict, problem: problems[verdict]}
}

export interface AuditSummary {
  total: number
  byVerdict: Record<AuditVerdict, number>
  /** Documents whose published records do not form an unbroken chain, with what is wrong. */
  brokenChains: Array<{subject: string; problems: string[]}>
  /** Documents whose chains were checked. */
  chains: number
}

function subjectOf(record: Record<string, unknown>): string | undefined {
  const {subject} = record
  const ref: unknown =
    typeof subject === 'object' && subject !== null ? Reflect.get(subject, '_ref') : undefined
  return typeof ref === 'string' ? ref : undefined
}

/** Each document's published records must name their predecessors: a gap is a removed record. */
async function auditChains(records: Record<string, unknown>[]) {
  const bySubject = new Map<string, Array<{_id: string}>>()
  for (const record of records) {
    const subject = subjectOf(record)
    const id = record._id
    if (!subject || typeof id !== 'string' || id.startsWith('drafts.')) continue
    bySubject.set(subject, [...(bySubject.get(subject) ?? []), {...record, _id: id}])
  }
  const broken: AuditSummary['brokenChains'] = []
  for (const [subject, chain] of [...bySubject].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const found = await chainProblems(chain)
    if (found.length > 0) broken.push({subject, problems: found})
  }
  return {chains: bySubject.size, brokenChains: broken}
}

/** Every record, audited, oldest first; and the counts per verdict. */
export async function auditRecords(
  records: Record<string, unknown>[],
  publicKeysJson: Record<string, string>,
): Promise<{audited: AuditedRecord[]; summary: AuditSummary}> {
  const keys = await importPublicKeys(publicKeysJson)
  const audited = await Promise.all(records.map((record) => auditRecord(record, keys)))
  const byVerdict: Record<AuditVerdict, number> = {
    valid: 0,
    'forged-draft': 0,
    malformed: 0,
    'unknown-key': 0,
    'bad-signature': 0,
  }
  for (const {verdict} of audited) byVerdict[verdict] += 1
  return {audited, summary: {total: audited.length, byVerdict, ...(await auditChains(records))}}
}

/** One NDJSON line per record: the record as stored, plus `verification`. */
export function auditNdjson(audited: AuditedRecord[]): string {
  return audited
    .map(({record, verdict, problem}) =>
      JSON.stringify({
        ...record,
        verification: {valid: verdict === 'valid', verdict, ...(problem ? {problem} : {})},
      }),
    )
    .map((line) => `${line}\n`)
    .join('')
}
