/** A value that has no RFC 8785 canonical form (NaN, undefined in an array, a cycle, …). */
export class CanonicalJsonError extends Error {
  override name = 'CanonicalJsonError'
  /** Where in the value the problem is, as a JSON-path-like string (`$.body[3].text`). */
  readonly path: string

  constructor(path: string, problem: string) {
    super(`Cannot canonicalise ${path}: ${problem}`)
    this.path = path
  }
}

/** A review-signing or verification key that cannot be used. */
export class ReviewKeyError extends Error {
  override name = 'ReviewKeyError'
}

/** A review record the service was asked to sign does not match the record contract. */
export class ReviewRecordError extends Error {
  override name = 'ReviewRecordError'
}

/** A next-review date or review interval that the policy does not allow. */
export class ReviewScheduleError extends Error {
  override name = 'ReviewScheduleError'
}
