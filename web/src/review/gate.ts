import {
  approvalKindFor,
  credentialAt,
  deriveReviewState,
  filterVerifiedRecords,
  fingerprint,
  isReviewSubjectType,
  type IntegrityProblem,
  type PublicKeys,
  type RecordedCredential,
  type VerifiedReviewRecord,
} from '@vetted/schemas/review'

export type {PublicKeys}

export type GateVerdict =
  | {
      visible: true
      fingerprint: string
      /** The approval (a citation's verification) that signs exactly this revision. */
      approval: VerifiedReviewRecord
      /**
       * The credential its signer held when they signed it off, as an administrator verified
       * it (clinical content only): what readers are shown.
       */
      credential?: RecordedCredential
      /**
       * Every validly signed approval of this document (any revision) whose signer held a
       * verified credential then, newest first, each with that credential.
       */
      approvals: CredentialedApproval[]
      /** Past its review date: still shown, with a notice, and kept out of search engines. */
      overdue: boolean
    }
  | {visible: false; fingerprint?: string; reasons: string[]}

export type CredentialedApproval = {record: VerifiedReviewRecord; credential?: RecordedCredential}

type PublishedDocument = {_id: string; _type: string}

function isPublishedDocument(value: unknown): value is PublishedDocument {
  if (!value || typeof value !== 'object') return false
  const {_id: id, _type: type} = value as Record<string, unknown>
  return (
    typeof id === 'string' &&
    typeof type === 'string' &&
    !id.startsWith('drafts.') &&
    !id.startsWith('versions.')
  )
}

function stringAt(value: unknown, ...path: string[]): string | undefined {
  let current = value
  for (const key of path) {
    if (!current || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[key]
  }
  return typeof current === 'string' ? current : undefined
}

/** Why each record about this document that did not verify was rejected, for integrity alerts. */
function rejectedRecords(
  records: readonly unknown[],
  verified: readonly VerifiedReviewRecord[],
  keys: PublicKeys,
): string[] {
  const verifiedIds = new Set(verified.map((record) => record._id))
  const knownKey = (keyId: string) =>
    keys instanceof Map ? keys.has(keyId) : Object.hasOwn(keys, keyId)
  return records.flatMap((record) => {
    const id = stringAt(record, '_id') ?? '(no id)'
    if (verifiedIds.has(id)) return []
    const keyId = stringAt(record, 'keyId')
    const why = keyId && !knownKey(keyId) ? ` (key "${keyId}" is not in REVIEW_PUBLIC_KEYS)` : ''
    return [`record ${id} is malformed or its signature does not verify${why}`]
  })
}

const short = (digest: string) => `${digest.slice(0, 12)}…`

/** The first reason a published document is hidden, from the review core's `problem`. */
function hiddenBecause(
  problem: IntegrityProblem | undefined,
  published: string,
  approvalKind: 'approved' | 'citation-verified',
  records: readonly VerifiedReviewRecord[],
): string {
  const approvedHere = records.some(
    (record) => record.kind === approvalKind && record.fingerprint === published,
  )
  const everApproved = records.some((record) => record.kind === approvalKind)
  const unapproved = everApproved
    ? `the published content (fingerprint ${short(published)}) matches no signed approval: ` +
      'it changed after sign-off, outside the publisher service'
    : `no validly signed ${approvalKind} record exists for this document`
  switch (problem) {
    case 'taken-down':
      return 'this document was taken down (its newest publication record is a signed "unpublished" record)'
    case 'other-version-published':
      return approvedHere
        ? `this content (fingerprint ${short(published)}) was approved once, but the publisher ` +
            'service last published other content: it was put back outside the service and needs ' +
            'a fresh sign-off and publish'
        : unapproved
    case 'not-approved':
      return approvedHere
        ? 'the publisher service published this content, but the newest decision before that ' +
            'publish was not an approval of it (its approval was superseded, or changes were requested)'
        : `a signed "published" record names this content, but no signed ${approvalKind} record ` +
            'of it exists'
    case 'not-published-by-service':
    case undefined:
      return approvedHere
        ? 'this content is approved, but no signed "published" record shows the publisher service ' +
            'published it: it was published outside the service'
        : unapproved
  }
}

const newestFirst = (a: VerifiedReviewRecord, b: VerifiedReviewRecord) =>
  Date.parse(b.at) - Date.parse(a.at) || (a._id < b._id ? 1 : a._id > b._id ? -1 : 0)

// The site checks every clinical document against the same credential records in one pass:
// their signatures are verified once per fetched list and key set, not once per document.
const credentialsVerified = new WeakMap<
  readonly unknown[],
  WeakMap<PublicKeys, Promise<VerifiedReviewRecord[]>>
>()

function verifiedCredentials(
  records: readonly unknown[],
  keys: PublicKeys,
): Promise<VerifiedReviewRecord[]> {
  const byKeys = credentialsVerified.get(records) ?? new WeakMap()
  credentialsVerified.set(records, byKeys)
  let verified = byKeys.get(keys)
  if (!verified) {
    verified = filterVerifiedRecords(records, keys).then((found) =>
      found.filter((record) => record.subjectType === 'person'),
    )
    byKeys.set(keys, verified)
  }
  return verified
}

/** The credential the signer of `approval` held at that moment, if it was verified and current. */
function credentialOfSigner(
  approval: VerifiedReviewRecord,
  credentials: readonly VerifiedReviewRecord[],
): RecordedCredential | undefined {
  const standing = credentialAt(credentials, approval.actor.personId, new Date(approval.at))
  return standing.state === 'verified' ? standing.credential : undefined
}

function uncredentialedBecause(
  approval: VerifiedReviewRecord,
  credentials: readonly VerifiedReviewRecord[],
): string {
  const {name, personId} = approval.actor
  const standing = credentialAt(credentials, personId, new Date(approval.at))
  const when = approval.at.slice(0, 10)
  switch (standing.state) {
    case 'revoked':
      return `${name} signed it off on ${when}, after their reviewer credential was revoked (record ${standing.record._id})`
    case 'expired':
      return `${name} signed it off on ${when}, after their verified credential expired on ${standing.credential.expiresOn}`
    case 'none':
    case 'verified':
      return (
        `${name} signed it off on ${when} without a verified reviewer credential: no validly ` +
        'signed credential-verified record by an administrator other than them existed then'
      )
  }
}

/**
 * Layer 3 of the rule (DESIGN.md): a published clinical document may be shown only when the
 * newest signed publication record (`published` / `unpublished`) is a `published` record of
 * exactly its content fingerprint, and the newest decision before that publish is a validly
 * signed `approved` record of exactly that content (the review core's `deriveReviewState`, as
 * Studio and service use it). A citation, likewise, with a `citation-verified` record. Content
 * published outside the service, taken down, or put back to another version is hidden, with
 * reasons an editor can act on.
 *
 * Clinical content also needs its signer to have held a credential when they signed: the
 * newest `credential-verified` / `credential-revoked` record about them made before the
 * approval, by an administrator other than them, verifies a credential current that day.
 *
 * `records` are this document's `medicalReview` records as fetched; `credentialRecords` the
 * credential records (about anyone) as fetched; `document` is the whole published document as
 * fetched: a projection would not have the same fingerprint.
 */
export async function checkPublishedDocument(
  document: unknown,
  records: readonly unknown[],
  credentialRecords: readonly unknown[],
  keys: PublicKeys,
  now: Date,
): Promise<GateVerdict> {
  if (!isPublishedDocument(document)) {
    return {visible: false, reasons: ['not a published document (no _id/_type, or a draft id)']}
  }
  const subjectType = document._type
  if (!isReviewSubjectType(subjectType)) {
    return {visible: false, reasons: [`"${subjectType}" is not reviewed content`]}
  }
  const approvalKind = approvalKindFor(subjectType)
  let published: string
  try {
    published = await fingerprint(document)
  } catch (error) {
    // Dark with an integrity alert, never a crashed page.
    return {
      visible: false,
      reasons: [
        `its content cannot be fingerprinted, so nothing can vouch for it: ${error instanceof Error ? error.message : String(error)}`,
      ],
    }
  }
  const about = records.filter((record) => stringAt(record, 'subject', '_ref') === document._id)
  const verified = await filterVerifiedRecords(about, keys, {subjectId: document._id})
  const reasons = rejectedRecords(about, verified, keys)
  const ofThisType = verified.filter((record) => {
    if (record.subjectType === subjectType) return true
    reasons.push(`record ${record._id} is about a ${record.subjectType}, not a ${subjectType}`)
    return false
  })
  const state = deriveReviewState({
    subjectType,
    published: {fingerprint: published},
    records: ofThisType,
    now,
  })
  const review = state.published
  const clinical = approvalKind === 'approved'
  const credentials = clinical ? await verifiedCredentials(credentialRecords, keys) : []
  const approvals = ofThisType
    .filter((record) => record.kind === approvalKind)
    .sort(newestFirst)
    .flatMap((record): CredentialedApproval[] => {
      if (!clinical) return [{record}]
      const credential = credentialOfSigner(record, credentials)
      return credential ? [{record, credential}] : []
    })

  if (review && review.state !== 'integrity-alert' && review.approval) {
    const {approval} = review
    const credential = clinical ? credentialOfSigner(approval, credentials) : undefined
    if (!clinical || credential) {
      return {
        visible: true,
        fingerprint: published,
        approval,
        ...(credential ? {credential} : {}),
        approvals,
        overdue: review.state === 'review-overdue',
      }
    }
    reasons.unshift(uncredentialedBecause(approval, credentials))
    return {visible: false, fingerprint: published, reasons}
  }
  reasons.unshift(hiddenBecause(review?.problem, published, approvalKind, ofThisType))
  return {visible: false, fingerprint: published, reasons}
}
