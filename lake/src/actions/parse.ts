import {z} from 'zod'
import {malformedAction} from '../errors.ts'
import {describeIssues, documentInputSchema, patchOperationsSchema} from '../mutations/parse.ts'

const prefix = 'sanity.action.document.'

const attributesSchema = documentInputSchema.extend({_id: z.string().min(1, 'is required')})

const schemas = {
  [`${prefix}edit`]: z.object({
    actionType: z.literal(`${prefix}edit`),
    draftId: z.string(),
    publishedId: z.string(),
    patch: patchOperationsSchema,
  }),
  [`${prefix}create`]: z.object({
    actionType: z.literal(`${prefix}create`),
    publishedId: z.string(),
    attributes: attributesSchema,
    ifExists: z.enum(['fail', 'ignore']).default('fail'),
  }),
  [`${prefix}replaceDraft`]: z.object({
    actionType: z.literal(`${prefix}replaceDraft`),
    publishedId: z.string(),
    attributes: attributesSchema,
  }),
  [`${prefix}publish`]: z.object({
    actionType: z.literal(`${prefix}publish`),
    draftId: z.string(),
    publishedId: z.string(),
    ifDraftRevisionId: z.string().optional(),
    ifPublishedRevisionId: z.string().optional(),
  }),
  [`${prefix}unpublish`]: z.object({
    actionType: z.literal(`${prefix}unpublish`),
    draftId: z.string(),
    publishedId: z.string(),
  }),
  [`${prefix}delete`]: z.object({
    actionType: z.literal(`${prefix}delete`),
    publishedId: z.string(),
    includeDrafts: z.array(z.string()).default([]),
    purge: z.boolean().optional(),
  }),
  [`${prefix}discard`]: z.object({
    actionType: z.literal(`${prefix}discard`),
    draftId: z.string(),
    purge: z.boolean().optional(),
  }),
  [`${prefix}version.discard`]: z.object({
    actionType: z.literal(`${prefix}version.discard`),
    versionId: z.string(),
    purge: z.boolean().optional(),
  }),
} as const

type Schemas = typeof schemas
export type Action = {[Type in keyof Schemas]: z.infer<Schemas[Type]>}[keyof Schemas]
export type ActionOf<Type extends Action['actionType']> = Extract<Action, {actionType: Type}>

const supported = Object.keys(schemas)
const isSupported = (type: string): type is keyof Schemas => supported.includes(type)

/** Reads one Actions API action or says what is wrong with it. */
export function parseAction(raw: unknown): Action {
  const type: unknown =
    typeof raw === 'object' && raw !== null ? Reflect.get(raw, 'actionType') : undefined
  if (typeof type !== 'string') {
    throw malformedAction(
      `An action must be an object with an "actionType", one of ${supported.join(', ')}`,
    )
  }
  if (!isSupported(type)) {
    throw malformedAction(
      `Action type "${type}" is not supported by the local lake; supported: ${supported.join(', ')}`,
    )
  }
  const result = schemas[type].safeParse(raw)
  if (!result.success) {
    throw malformedAction(`Malformed ${type} action: ${describeIssues(result.error)}`)
  }
  return result.data
}
