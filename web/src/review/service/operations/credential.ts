import type {SanityDocument} from '@sanity/client'
import {
  canRevokeCredential,
  canVerifyCredential,
  credentialAt,
  credentialOnProfile,
  filterVerifiedRecords,
  fingerprint,
  isCredentialKind,
  sameCredential,
  type CredentialInput,
} from '@vetted/schemas/review'
import type {Caller} from '../caller.ts'
import {statusOf} from '../caller.ts'
import type {ServiceContext} from '../context.ts'
import {ReviewServiceError} from '../errors.ts'
import {enforce} from '../policy.ts'
import {signedRecord, type RecordSubject} from '../records.ts'
import {callerSummary, publicRecord} from '../status.ts'
import type {StoredRecord} from '../subject.ts'

const personQuery = `{
  "person": *[_type == "person" && _id == $id][0],
  "records": *[_type == "medicalReview" && subject._ref == $id] | order(at asc)
}`

interface PersonSubject extends RecordSubject {
  name: string
  /** The published profile, or null when the person is not published. */
  document: SanityDocument | null
}

/** A published person and every record about them; only `person` documents qualify. */
async function loadPerson(context: ServiceContext, personId: string): Promise<PersonSubject> {
  const found = await context.robot.fetch<{
    person: SanityDocument | null
    records: StoredRecord[]
  }>(personQuery, {id: personId}, {perspective: 'published', tag: 'credential'})
  const document = found.person?._type === 'person' ? found.person : null
  if (found.person && !document) {
    throw new ReviewServiceError(
      'not-reviewable',
      `"${personId}" is a ${found.person._type}, not a person: only people hold credentials.`,
    )
  }
  const verified = await filterVerifiedRecords(found.records, await context.publicKeys(), {
    subjectId: personId,
  })
  const name = typeof document?.name === 'string' && document.name.trim()
  return {
    id: personId,
    type: 'person',
    name: name || personId,
    document,
    storedRecords: found.records,
    records: verified.filter((record) => isCredentialKind(record.kind)),
  }
}

function credentialInput(subject: PersonSubject, caller: Caller, now: Date): CredentialInput {
  return {
    actor: caller,
    personId: subject.id,
    person: subject.document ? {...subject.document, _id: subject.id} : null,
    records: subject.records,
    now,
  }
}

async function store(context: ServiceContext, record: object, tag: string): Promise<void> {
  try {
    await context.robot.create(record as SanityDocument, {visibility: 'sync', tag})
  } catch (error) {
    throw new ReviewServiceError(
      'store-error',
      'The content store refused the record; nothing changed.',
      [`${statusOf(error) ?? ''} ${error instanceof Error ? error.message : String(error)}`.trim()],
    )
  }
  // Which pages may show depends on who held a credential: people and every gated read expire.
  context.revalidate('person')
}

/**
 * `POST /api/review/verify-credential {personId, method, notes?}`: an administrator who is
 * not that person signs the credential on their published profile (credentials, specialty,
 * licence, end date) after checking it, saying how.
 */
export async function verifyCredential(
  context: ServiceContext,
  caller: Caller,
  body: {personId: string; method: string; notes?: string},
) {
  const now = context.now()
  const subject = await loadPerson(context, body.personId)
  enforce('Verifying this credential', canVerifyCredential(credentialInput(subject, caller, now)))
  const {document} = subject
  if (!document) throw new ReviewServiceError('not-found', 'This person is not published.')
  const record = await signedRecord(
    context,
    subject,
    caller,
    {fingerprint: await fingerprint(document), revision: document._rev},
    {
      kind: 'credential-verified',
      credential: credentialOnProfile(document),
      verificationMethod: body.method,
      notes: body.notes,
    },
    now,
  )
  await store(context, record, 'verify-credential')
  return {record: publicRecord(record, true)}
}

/** `POST /api/review/revoke-credential {personId, reason}`: ends a credential, with the reason. */
export async function revokeCredential(
  context: ServiceContext,
  caller: Caller,
  body: {personId: string; reason: string},
) {
  const now = context.now()
  const subject = await loadPerson(context, body.personId)
  enforce(
    'Revoking this credential',
    canRevokeCredential({...credentialInput(subject, caller, now), reason: body.reason}),
  )
  const {document} = subject
  if (!document) throw new ReviewServiceError('not-found', 'This person is not published.')
  const record = await signedRecord(
    context,
    subject,
    caller,
    {fingerprint: await fingerprint(document), revision: document._rev},
    {kind: 'credential-revoked', notes: body.reason},
    now,
  )
  await store(context, record, 'revoke-credential')
  return {record: publicRecord(record, true)}
}

/**
 * `GET /api/review/credential-status?personId=`: the credential in force, whether the profile
 * still says what was verified, the records, and what this caller may do.
 */
export async function credentialStatus(context: ServiceContext, caller: Caller, personId: string) {
  const now = context.now()
  const subject = await loadPerson(context, personId)
  const standing = credentialAt(subject.records, subject.id, now)
  const input = credentialInput(subject, caller, now)
  const verifiedIds = new Set(subject.records.map((record) => record._id))
  const {document} = subject
  const inForce = standing.state === 'verified' || standing.state === 'expired'
  return {
    personId: subject.id,
    name: subject.name,
    published: subject.document !== null,
    standing: {
      state: standing.state,
      record: standing.state === 'none' ? null : publicRecord(standing.record, true),
      expiresOn: inForce ? standing.credential.expiresOn : null,
    },
    // Whether the published profile still says what was verified (a change needs a new check).
    profileMatchesRecord:
      inForce && document
        ? sameCredential(credentialOnProfile(document), standing.credential)
        : null,
    records: subject.storedRecords
      .map((record) => publicRecord(record, verifiedIds.has(record._id)))
      .reverse(),
    actions: {
      verifyCredential: canVerifyCredential(input),
      revokeCredential: canRevokeCredential(input),
    },
    caller: callerSummary(caller, now),
  }
}
