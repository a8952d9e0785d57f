/**
 * Errors the lake answers with, in the shape Sanity's Content Lake uses:
 * `{error: {type, description, ...details}}` with the HTTP status in `status`.
 * Mutation and action failures carry `items: [{index, error: {type, description, ...}}]`
 * naming the offending mutation or action, which @sanity/client folds into its message.
 */
export interface LakeErrorItem {
  index: number
  error: {type: string; description: string; [detail: string]: unknown}
}

export interface LakeErrorInit {
  status: number
  type: string
  description: string
  details?: Record<string, unknown>
}

export class LakeError extends Error {
  readonly status: number
  readonly type: string
  readonly description: string
  /** Extra fields of the error body, e.g. `items`, `id`, `permission`. */
  readonly details: Readonly<Record<string, unknown>>

  constructor(init: LakeErrorInit) {
    super(init.description)
    this.name = 'LakeError'
    this.status = init.status
    this.type = init.type
    this.description = init.description
    this.details = init.details ?? {}
  }

  get items(): LakeErrorItem[] | undefined {
    const items = this.details.items
    return Array.isArray(items) ? (items as LakeErrorItem[]) : undefined
  }

  /** The response body, exactly as the HTTP layer should send it. */
  toBody(): {error: Record<string, unknown>} {
    return {error: {description: this.description, type: this.type, ...this.details}}
  }
}

export const documentNotFound = (id: string) =>
  new LakeError({
    status: 404,
    type: 'documentNotFoundError',
    description: `The document with the ID "${id}" was not found; create it before patching it`,
    details: {id},
  })

export const documentAlreadyExists = (id: string) =>
  new LakeError({
    status: 409,
    type: 'documentAlreadyExistsError',
    description: `Document by ID "${id}" already exists; use createOrReplace or createIfNotExists to write over or keep it`,
    details: {id},
  })

export const revisionMismatch = (id: string, expected: string, actual: string | undefined) =>
  new LakeError({
    status: 409,
    type: 'documentRevisionMismatchError',
    description: `Document "${id}" has revision ${actual === undefined ? '(none: it does not exist)' : `"${actual}"`}, expected "${expected}"; fetch it again and retry against the current revision`,
    details: {
      id,
      expectedRevisionId: expected,
      ...(actual === undefined ? {} : {revisionId: actual}),
    },
  })

export const insufficientPermissions = (permission: string, id: string) =>
  new LakeError({
    status: 403,
    type: 'insufficientPermissionsError',
    description: `Insufficient permissions; permission "${permission}" required on document "${id}"`,
    details: {permission, id},
  })

export const malformedDocumentId = (id: string) =>
  new LakeError({
    status: 400,
    type: 'malformedDocumentIdError',
    description: `Malformed document ID: "${id}"; IDs are 1-128 characters of a-z, A-Z, 0-9, ".", "_" and "-", not starting with "-" or "." and without empty path segments`,
    details: {id},
  })

export const immutableAttribute = (id: string, attribute: string) =>
  new LakeError({
    status: 409,
    type: 'cannotModifyImmutableAttributeError',
    description: `Cannot modify immutable attribute "${attribute}" of document "${id}"; delete the document and create it again instead`,
    details: {attribute, documentId: id},
  })

export const malformedMutation = (description: string) =>
  new LakeError({status: 400, type: 'malformedMutationError', description})

export const malformedAction = (description: string) =>
  new LakeError({status: 400, type: 'malformedActionError', description})

export const badRequest = (description: string) =>
  new LakeError({status: 400, type: 'httpBadRequest', description})

/** One failed mutation, wrapped as `POST /data/mutate` answers it. */
export function mutationFailed(cause: LakeError, index: number): LakeError {
  return new LakeError({
    status: cause.status,
    type: 'mutationError',
    description: `Mutation(s) failed with 1 error(s)`,
    details: {items: [itemOf(cause, index)]},
  })
}

/**
 * One failed action, wrapped as `POST /data/actions` answers it. A permission refusal keeps
 * its own type at the top, which is what the Studio checks to hide actions it may not run.
 */
export function actionFailed(cause: LakeError, index: number): LakeError {
  const item = itemOf(cause, index)
  if (cause.type === 'insufficientPermissionsError') {
    return new LakeError({
      status: cause.status,
      type: cause.type,
      description: cause.description,
      details: {...cause.details, items: [item]},
    })
  }
  return new LakeError({
    status: cause.status,
    type: 'actionError',
    description: `Action(s) failed with 1 error(s)`,
    details: {items: [item]},
  })
}

function itemOf(cause: LakeError, index: number): LakeErrorItem {
  return {index, error: {type: cause.type, description: cause.description, ...cause.details}}
}
