import {z} from 'zod'

/** A document id as the Studio knows it; `drafts.x` is accepted and means `x`. */
export const documentIdSchema = z
  .string()
  .trim()
  .regex(/^(drafts\.)?[A-Za-z0-9][A-Za-z0-9_-]*$/, {
    message: 'must be a document id such as "article-seed-000" (or its "drafts." id)',
  })
  .transform((id) => id.replace(/^drafts\./, ''))

const isoDate = z.iso.date({message: 'must be a date as YYYY-MM-DD'})

export const checklistSchema = z.object({
  claimsChecked: z.boolean(),
  citationsVerified: z.boolean(),
  dosagesChecked: z.boolean(),
  noPromotionalContent: z.boolean(),
})

export const conflictOfInterestSchema = z
  .object({declared: z.boolean(), statement: z.string().trim().optional()})
  .refine((value) => !value.declared || (value.statement ?? '') !== '', {
    message: 'a declared conflict of interest needs a statement readers can see',
    path: ['statement'],
  })

export const documentBody = z.object({documentId: documentIdSchema})

export const signOffBody = z
  .object({
    documentId: documentIdSchema,
    fingerprint: z.string().regex(/^[0-9a-f]{64}$/, {message: 'must be 64 lowercase hex digits'}),
    decision: z.enum(['approved', 'changes-requested']),
    checklist: checklistSchema.optional(),
    conflictOfInterest: conflictOfInterestSchema.optional(),
    notes: z.string().trim().default(''),
    nextReviewDue: isoDate.optional(),
  })
  .superRefine((body, context) => {
    if (body.decision === 'approved') {
      if (!body.checklist) {
        context.addIssue({code: 'custom', path: ['checklist'], message: 'is required to approve'})
      }
      if (!body.conflictOfInterest) {
        context.addIssue({
          code: 'custom',
          path: ['conflictOfInterest'],
          message: 'must be declared (declared: false when there is none) to approve',
        })
      }
    }
    if (body.decision === 'changes-requested' && body.notes === '') {
      context.addIssue({
        code: 'custom',
        path: ['notes'],
        message: 'say what has to change: notes are required to request changes',
      })
    }
  })
export type SignOffBody = z.infer<typeof signOffBody>

export const unpublishBody = z.object({
  documentId: documentIdSchema,
  reason: z.string().trim().min(1, {message: 'say why it is taken down: a reason is required'}),
})

export const verifyCitationBody = z.object({
  documentId: documentIdSchema,
  method: z
    .string()
    .trim()
    .min(1, {message: 'say how it was checked (e.g. "DOI resolved; title and authors match")'}),
  notes: z.string().trim().optional(),
})

export const verifyCredentialBody = z.object({
  personId: documentIdSchema,
  method: z.string().trim().min(1, {
    message:
      'say how the credential was checked (e.g. "Licence A123456 found active on the Medical Board of California register")',
  }),
  notes: z.string().trim().optional(),
})

export const revokeCredentialBody = z.object({
  personId: documentIdSchema,
  reason: z
    .string()
    .trim()
    .min(1, {message: 'say why the credential is revoked: a reason is required'}),
})
