import {isDeepStrictEqual} from 'node:util'
import {canVerifyCitation, fingerprint} from '@vetted/schemas/review'
import type {Caller} from '../caller.ts'
import {statusOf} from '../caller.ts'
import type {ServiceContext} from '../context.ts'
import {ReviewServiceError} from '../errors.ts'
import {editorsSinceApproval, enforce, policyContext} from '../policy.ts'
import {signedRecord} from '../records.ts'
import {publicRecord} from '../status.ts'
import {copyAs, loadSubject} from '../subject.ts'

const newTransactionId = () => `verify-${globalThis.crypto.randomUUID()}`

/**
 * `POST /api/review/verify-citation {documentId, method, notes?}`: four eyes on a citation.
 * The citation's own `verification` says what was found; the signed record says who found it.
 * Both are written in one transaction whose id is the revision the record names, so the record
 * is bound to exactly the content it verified.
 */
export async function verifyCitation(
  context: ServiceContext,
  caller: Caller,
  body: {documentId: string; method: string; notes?: string},
) {
  const now = context.now()
  const subject = await loadSubject(context.robot, await context.publicKeys(), body.documentId, now)
  const history = await editorsSinceApproval(context, subject)
  enforce(
    'Verifying this citation',
    canVerifyCitation(policyContext(subject, caller, history, now)),
  )
  const base = subject.draft ?? subject.published
  if (!base) throw new ReviewServiceError('not-found', 'There is no saved version to verify.')
  const verification = {
    status: 'verified',
    method: body.method,
    ...(body.notes ? {notes: body.notes} : {}),
  }
  // Already recorded as found: bind to the version as it is, without an empty write.
  const unchanged = isDeepStrictEqual(base.verification, verification)
  const transactionId = newTransactionId()
  const content = {...copyAs(base, `drafts.${subject.id}`), verification}
  const record = await signedRecord(
    context,
    subject,
    caller,
    unchanged
      ? {fingerprint: await fingerprint(base), revision: base._rev}
      : {fingerprint: await fingerprint(content), revision: transactionId},
    {kind: 'citation-verified', verificationMethod: body.method, notes: body.notes},
    now,
  )
  const transaction = context.robot.transaction().transactionId(transactionId)
  if (!unchanged && subject.draft) {
    transaction.patch(subject.draft._id, (patch) =>
      patch.ifRevisionId(base._rev).set({verification}),
    )
  } else if (!unchanged) {
    transaction.create(content)
  }
  try {
    await transaction.create(record).commit({visibility: 'sync', tag: 'verify-citation'})
  } catch (error) {
    const status = statusOf(error)
    if (status === 409) {
      throw new ReviewServiceError(
        'conflict',
        'The citation changed while it was being verified, so nothing was recorded: check it again.',
      )
    }
    throw new ReviewServiceError('store-error', 'The content store refused the verification.', [
      error instanceof Error ? error.message : String(error),
    ])
  }
  return {record: publicRecord(record, true)}
}
