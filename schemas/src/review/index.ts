// Pure review policy: runs unchanged in the Studio (browser), the Next.js service and site, and
// Node scripts. WebCrypto only; no I/O, no `sanity`, no React.

// Content fingerprint
export {canonicalJson} from './canonicalJson.ts'
export {fingerprint} from './fingerprint.ts'

// Signed review records
export {
  medicalReviewRecordSchema,
  newReviewRecordId,
  unsignedMedicalReviewRecordSchema,
} from './recordSchema.ts'
export type {
  MedicalReviewRecord,
  RecordedCredential,
  ReviewActor,
  RecordLink,
  ReviewChecklist,
  UnsignedMedicalReviewRecord,
} from './recordTypes.ts'
export {signingPayload} from './signingPayload.ts'
export {STORE_FIELDS, withoutStoreFields} from './storeFields.ts'
export {chainOrder, chainProblems, linkToNewest, recordDigest} from './recordChain.ts'
export {signRecord} from './signRecord.ts'
export type {SigningKey} from './signRecord.ts'
export {filterVerifiedRecords, verifyRecord} from './verifyRecord.ts'
export type {PublicKeys, VerifiedReviewRecord} from './verifyRecord.ts'
export {generateSigningKeyPair, importPrivateKey, importPublicKeys} from './keys.ts'
export type {SigningKeyPair} from './keys.ts'

// Kinds of content and of records
export {
  approvalKindFor,
  CLINICAL_TYPES,
  CREDENTIAL_KINDS,
  decisionKindsFor,
  isClinicalType,
  isCredentialKind,
  isReviewSubjectType,
  PUBLICATION_KINDS,
  RECORD_SUBJECT_TYPES,
  REVIEW_RECORD_KINDS,
  SUBJECT_TYPES,
} from './subjectTypes.ts'
export type {
  ClinicalType,
  CredentialKind,
  RecordSubjectType,
  ReviewRecordKind,
  SubjectType,
} from './subjectTypes.ts'

// Reviewer credentials
export {credentialAt, credentialOnProfile, sameCredential} from './credential.ts'
export type {CredentialStanding} from './credential.ts'

// Review state
export {deriveReviewState} from './deriveReviewState.ts'
export type {ReviewState, ReviewStateInput, ReviewStateName} from './deriveReviewState.ts'
export type {VersionReview, VersionReviewStateName} from './versionReview.ts'
export type {IntegrityProblem, PublishedReview, PublishedStateName} from './publishedReview.ts'
export {isApprovalCurrent} from './recordOrder.ts'
export {
  computeNextReviewDue,
  DEFAULT_REVIEW_INTERVAL_MONTHS,
  nextReviewDueProblem,
} from './nextReviewDue.ts'
export type {ReviewSettings} from './nextReviewDue.ts'

// Who may do what
export {linkedPersonProblem} from './decisions/actorChecks.ts'
export {canRevokeCredential, canVerifyCredential} from './decisions/canCredential.ts'
export type {CredentialInput} from './decisions/canCredential.ts'
export {canPublish} from './decisions/canPublish.ts'
export type {PublishInput} from './decisions/canPublish.ts'
export {canRequestReview} from './decisions/canRequestReview.ts'
export type {RequestReviewInput} from './decisions/canRequestReview.ts'
export {canRequestChanges, canSignOff} from './decisions/canSignOff.ts'
export type {RequestChangesInput, SignOffInput} from './decisions/canSignOff.ts'
export {canUnpublish} from './decisions/canUnpublish.ts'
export type {UnpublishInput} from './decisions/canUnpublish.ts'
export {canVerifyCitation} from './decisions/canVerifyCitation.ts'
export type {VerifyCitationInput} from './decisions/canVerifyCitation.ts'
export type {
  Decision,
  PolicyActor,
  PolicyContext,
  PolicyDocument,
  PublishedPerson,
} from './decisions/policyInput.ts'

// Errors
export {
  CanonicalJsonError,
  ReviewKeyError,
  ReviewRecordError,
  ReviewScheduleError,
} from './errors.ts'
