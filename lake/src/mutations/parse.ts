import {z} from 'zod'
import {malformedMutation} from '../errors.ts'

/** A document as a client sends it: `_type` required, `_id` optional only for `create`. */
export const documentInputSchema = z.looseObject({
  _id: z.string().optional(),
  _type: z.string().min(1, 'must be a non-empty string'),
})
export type DocumentInput = z.infer<typeof documentInputSchema>

const insertSchema = z.union([
  z.strictObject({before: z.string(), items: z.array(z.unknown())}),
  z.strictObject({after: z.string(), items: z.array(z.unknown())}),
  z.strictObject({replace: z.string(), items: z.array(z.unknown())}),
])

/** Patch operations, as `POST /data/mutate` and the edit action take them (JSONMatch paths as keys). */
export const patchOperationsSchema = z.strictObject({
  ifRevisionID: z.string().optional(),
  set: z.record(z.string(), z.unknown()).optional(),
  setIfMissing: z.record(z.string(), z.unknown()).optional(),
  unset: z.array(z.string()).optional(),
  inc: z.record(z.string(), z.number()).optional(),
  dec: z.record(z.string(), z.number()).optional(),
  insert: insertSchema.optional(),
  diffMatchPatch: z.record(z.string(), z.string()).optional(),
})
export type PatchOperations = z.infer<typeof patchOperationsSchema>

const patchSchema = patchOperationsSchema.extend({id: z.string()})
export type Patch = z.infer<typeof patchSchema>

const deleteSchema = z.strictObject({id: z.string()})

export type ParsedMutation =
  | {kind: 'create' | 'createOrReplace' | 'createIfNotExists'; document: DocumentInput}
  | {kind: 'delete'; id: string}
  | {kind: 'patch'; patch: Patch}

const kinds = ['create', 'createOrReplace', 'createIfNotExists', 'delete', 'patch'] as const
type Kind = (typeof kinds)[number]
const isKind = (key: string): key is Kind => (kinds as readonly string[]).includes(key)

/** Reads one wire-format mutation (`{create: {...}}`, `{patch: {id, set}}`, …) or says what is wrong with it. */
export function parseMutation(raw: unknown): ParsedMutation {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw malformedMutation(
      `A mutation must be an object with one of ${kinds.join(', ')} as its only key`,
    )
  }
  const keys = Object.keys(raw)
  const [kind] = keys
  if (keys.length !== 1 || kind === undefined) {
    throw malformedMutation(
      `A mutation must have exactly one key (one of ${kinds.join(', ')}); got ${keys.length === 0 ? 'none' : keys.map((key) => `"${key}"`).join(', ')}`,
    )
  }
  if (!isKind(kind)) {
    throw malformedMutation(`Unknown mutation type "${kind}"; expected one of ${kinds.join(', ')}`)
  }
  const payload: unknown = Reflect.get(raw, kind)
  if (kind === 'delete' || kind === 'patch') rejectQuery(kind, payload)
  switch (kind) {
    case 'delete':
      return {kind, id: parse(kind, deleteSchema, payload).id}
    case 'patch':
      return {kind, patch: parse(kind, patchSchema, payload)}
    default:
      return {kind, document: parse(kind, documentInputSchema, payload)}
  }
}

function rejectQuery(kind: Kind, payload: unknown): void {
  if (typeof payload === 'object' && payload !== null && 'query' in payload) {
    throw malformedMutation(
      `${kind} by query is not supported by the local lake; query the ids first and send one ${kind} per id`,
    )
  }
}

function parse<T>(kind: Kind, schema: z.ZodType<T>, payload: unknown): T {
  const result = schema.safeParse(payload)
  if (result.success) return result.data
  throw malformedMutation(`Malformed ${kind} mutation: ${describeIssues(result.error)}`)
}

/** Zod issues as one readable line: `set.title: expected …; items: …`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`)
    .join('; ')
}
