export {canonicalJson} from './canonicalJson.ts'
export {
  CanonicalJsonError,
  ReviewKeyError,
  ReviewRecordError,
  ReviewScheduleError,
} from './errors.ts'
export {fingerprint} from './fingerprint.ts'
export {generateSigningKeyPair, importPrivateKey, importPublicKeys} from './keys.ts'
export type {SigningKeyPair} from './keys.ts'
export {
  medicalReviewRecordSchema,
  newReviewRecordId,
  unsignedMedicalReviewRecordSchema,
} from './recordSchema.ts'
export type {
  MedicalReviewRecord,
  ReviewActor,
  ReviewChecklist,
  UnsignedMedicalReviewRecord,
} from './recordTypes.ts'
export {signingPayload} from './signingPayload.ts'
export {signRecord} from './signRecord.ts'
export type {SigningKey} from './signRecord.ts'
export {
  approvalKindFor,
  CLINICAL_TYPES,
  decisionKindsFor,
  isClinicalType,
  isReviewSubjectType,
  REVIEW_RECORD_KINDS,
  SUBJECT_TYPES,
} from './subjectTypes.ts'
export type {ClinicalType, ReviewRecordKind, SubjectType} from './subjectTypes.ts'
export {filterVerifiedRecords, verifyRecord} from './verifyRecord.ts'
export type {PublicKeys, VerifiedReviewRecord} from './verifyRecord.ts'
export {deriveReviewState} from './deriveReviewState.ts'
export type {ReviewState, ReviewStateInput, ReviewStateName} from './deriveReviewState.ts'
export {
  computeNextReviewDue,
  DEFAULT_REVIEW_INTERVAL_MONTHS,
  nextReviewDueProblem,
} from './nextReviewDue.ts'
export type {ReviewSettings} from './nextReviewDue.ts'
export type {PublishedReview, PublishedStateName} from './publishedReview.ts'
export {isApprovalCurrent} from './recordOrder.ts'
export type {VersionReview, VersionReviewStateName} from './versionReview.ts'
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
