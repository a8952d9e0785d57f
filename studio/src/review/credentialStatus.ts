import {z} from 'zod'
import {callerSchema, decisionSchema, recordSchema} from './reviewStatus.ts'

export const credentialActionNames = ['verifyCredential', 'revokeCredential'] as const
export type CredentialActionName = (typeof credentialActionNames)[number]

export const credentialStates = ['verified', 'expired', 'revoked', 'none'] as const
export type CredentialState = (typeof credentialStates)[number]

/**
 * `GET /api/review/credential-status?personId=`: the credential in force for one person, from
 * the signed credential records about them, and what this caller may do about it.
 */
export const credentialStatusSchema = z.object({
  personId: z.string(),
  name: z.string(),
  /** The person's profile is published (only a published profile can be verified). */
  published: z.boolean(),
  standing: z.object({
    state: z.enum(credentialStates),
    /** The record in force: the verification or the revocation; null when never verified. */
    record: recordSchema.nullable(),
    /** The last day the verified credential is current (verified and expired only). */
    expiresOn: z.string().nullable(),
  }),
  /** Whether the published profile still says what was verified; null when nothing is in force. */
  profileMatchesRecord: z.boolean().nullable(),
  /** Every record about the person, newest first, each saying whether its signature holds. */
  records: z.array(recordSchema),
  actions: z.object(
    Object.fromEntries(credentialActionNames.map((name) => [name, decisionSchema])) as {
      [K in CredentialActionName]: typeof decisionSchema
    },
  ),
  caller: callerSchema,
})
export type CredentialStatus = z.infer<typeof credentialStatusSchema>

/** Words for each standing, as the badge, the Credential view and the Credentials list show them. */
export const credentialStateLabels: Record<
  CredentialState,
  {label: string; short: string; color: 'success' | 'warning' | 'danger' | undefined}
> = {
  verified: {label: 'Credential verified', short: 'Verified', color: 'success'},
  expired: {label: 'Credential expired', short: 'Expired', color: 'warning'},
  revoked: {label: 'Credential revoked', short: 'Revoked', color: 'danger'},
  none: {label: 'Not verified', short: 'Not verified', color: undefined},
}

/** The same standings as Sanity UI tones (cards and badges in views and lists). */
export const credentialStateTones = {
  verified: 'positive',
  expired: 'caution',
  revoked: 'critical',
  none: 'default',
} as const satisfies Record<CredentialState, string>
