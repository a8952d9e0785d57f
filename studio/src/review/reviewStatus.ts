import {z} from 'zod'

export const decisionSchema = z.object({allowed: z.boolean(), reasons: z.array(z.string())})

/** A reviewer credential as an administrator verified it (`credential-verified` records). */
export const recordedCredentialSchema = z.object({
  credentials: z.array(z.string()),
  specialty: z.string().optional(),
  licence: z.object({
    number: z.string(),
    jurisdiction: z.string(),
    registryUrl: z.string().optional(),
  }),
  expiresOn: z.string(),
})
export type RecordedCredentialView = z.infer<typeof recordedCredentialSchema>

export const recordSchema = z.looseObject({
  _id: z.string(),
  kind: z.string(),
  at: z.string(),
  fingerprint: z.string().optional(),
  subjectRevision: z.string().optional(),
  actor: z
    .object({
      name: z.string(),
      credentials: z.array(z.string()).default([]),
      specialty: z.string().optional(),
    })
    .optional(),
  notes: z.string().optional(),
  nextReviewDue: z.string().optional(),
  verificationMethod: z.string().optional(),
  // A record that does not verify may hold anything: a malformed credential is shown as none.
  credential: recordedCredentialSchema.optional().catch(undefined),
  conflictOfInterest: z
    .object({declared: z.boolean(), statement: z.string().optional()})
    .optional(),
  checklist: z.record(z.string(), z.boolean()).optional(),
  verified: z.boolean(),
})
export type ReviewRecordView = z.infer<typeof recordSchema>

export const actionNames = [
  'requestReview',
  'signOff',
  'requestChanges',
  'publish',
  'unpublish',
  'verifyCitation',
] as const
export type ActionName = (typeof actionNames)[number]

/** Who is asking; `isReviewer`: they hold a verified, unexpired credential record now. */
export const callerSchema = z.object({
  sanityUserId: z.string(),
  name: z.string(),
  role: z.string(),
  personId: z.string().nullable(),
  isReviewer: z.boolean(),
})

/** `GET /api/review/status`: what the service decided for this person and this document. */
export const reviewStatusSchema = z.object({
  documentId: z.string(),
  type: z.string(),
  state: z.string(),
  changedSinceSignOff: z.boolean(),
  nextReviewDue: z.string().nullable(),
  draft: z
    .object({
      fingerprint: z.string(),
      rev: z.string(),
      state: z.string(),
      /** The draft is exactly a version approved earlier, whose approval a later decision superseded. */
      superseded: z.object({approval: recordSchema, by: recordSchema}).nullable().default(null),
    })
    .nullable(),
  published: z
    .object({fingerprint: z.string(), state: z.string(), nextReviewDue: z.string().nullable()})
    .nullable(),
  current: z
    .object({fingerprint: z.string(), revision: z.string(), isDraft: z.boolean()})
    .nullable(),
  latestApproval: recordSchema.nullable(),
  records: z.array(recordSchema),
  actions: z.object(
    Object.fromEntries(actionNames.map((name) => [name, decisionSchema])) as {
      [K in ActionName]: typeof decisionSchema
    },
  ),
  caller: callerSchema,
  notices: z.array(z.string()),
})
export type ReviewStatus = z.infer<typeof reviewStatusSchema>

/** Words for each state, as badges and the Review view show them. */
export const stateLabels: Record<
  string,
  {label: string; color: 'primary' | 'success' | 'warning' | 'danger' | undefined}
> = {
  draft: {label: 'Draft', color: undefined},
  'in-review': {label: 'In review', color: 'primary'},
  'changes-requested': {label: 'Changes requested', color: 'warning'},
  approved: {label: 'Approved', color: 'success'},
  published: {label: 'Published', color: 'success'},
  'review-overdue': {label: 'Review overdue', color: 'warning'},
  'integrity-alert': {label: 'Integrity alert', color: 'danger'},
}

export const recordKindLabels: Record<string, string> = {
  'review-requested': 'Review requested',
  'changes-requested': 'Changes requested',
  approved: 'Signed off',
  'citation-verified': 'Citation verified',
  published: 'Published',
  unpublished: 'Taken down',
  'credential-verified': 'Credential verified',
  'credential-revoked': 'Credential revoked',
}
