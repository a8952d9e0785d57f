/** Why a review request failed, as the Studio shows it: a code to branch on, words to read. */
export type ReviewErrorCode =
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'invalid-request'
  | 'not-reviewable'
  | 'stale-fingerprint'
  | 'conflict'
  | 'history-unavailable'
  | 'store-error'
  | 'misconfigured'

const statusByCode: Record<ReviewErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  'invalid-request': 422,
  'not-reviewable': 422,
  'stale-fingerprint': 409,
  conflict: 409,
  'history-unavailable': 403,
  'store-error': 502,
  misconfigured: 500,
}

export class ReviewServiceError extends Error {
  override name = 'ReviewServiceError'
  readonly code: ReviewErrorCode
  readonly reasons: string[]

  constructor(code: ReviewErrorCode, message: string, reasons: string[] = []) {
    super(message)
    this.code = code
    this.reasons = reasons
  }

  get status(): number {
    return statusByCode[this.code]
  }

  toJSON() {
    return {error: {code: this.code, message: this.message, reasons: this.reasons}}
  }
}

/** The policy said no: 403 with the policy's own words as reasons. */
export function refused(what: string, reasons: string[]): ReviewServiceError {
  return new ReviewServiceError('forbidden', `${what} is not allowed`, reasons)
}
