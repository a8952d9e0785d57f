import {addMonths, formatDay, isIsoDay, utcDay} from './dates.ts'
import {ReviewScheduleError} from './errors.ts'

/** From the `siteSettings` document. */
export type ReviewSettings = {defaultReviewIntervalMonths?: number | null}

export const DEFAULT_REVIEW_INTERVAL_MONTHS = 12
const LONGEST_REVIEW_INTERVAL_MONTHS = 120

function intervalProblem(months: number): string | undefined {
  if (Number.isInteger(months) && months >= 1 && months <= LONGEST_REVIEW_INTERVAL_MONTHS) {
    return undefined
  }
  return (
    `The default review interval in Site settings is ${months} months; it must be a whole ` +
    `number of months from 1 to ${LONGEST_REVIEW_INTERVAL_MONTHS}. An administrator can fix it.`
  )
}

/**
 * What is wrong with reviewing again by `requested` after a sign-off at `at`, in words for the
 * reviewer, or undefined when nothing is. A reviewer may shorten the default interval, never
 * lengthen it.
 */
export function nextReviewDueProblem(
  at: Date,
  settings: ReviewSettings | undefined,
  requested?: string,
): string | undefined {
  const months = settings?.defaultReviewIntervalMonths ?? DEFAULT_REVIEW_INTERVAL_MONTHS
  const problem = intervalProblem(months)
  if (problem || requested === undefined) return problem
  const signedOn = utcDay(at)
  const latest = addMonths(signedOn, months)
  if (!isIsoDay(requested)) {
    return `"${requested}" is not a date: give the next review date as YYYY-MM-DD.`
  }
  if (requested <= signedOn) {
    return `The next review must be after the sign-off (${formatDay(signedOn)}).`
  }
  if (requested > latest) {
    return (
      `The next review can be at most ${months} months after sign-off: ` +
      `choose ${formatDay(latest)} or earlier.`
    )
  }
  return undefined
}

/**
 * The `nextReviewDue` of an approval made at `at`: the default interval from Site settings
 * (12 months unless set), or the reviewer's earlier `requested` date. Throws
 * ReviewScheduleError when the requested date or the configured interval is not allowed.
 */
export function computeNextReviewDue(
  at: Date | string,
  settings?: ReviewSettings,
  requested?: string,
): string {
  const moment = typeof at === 'string' ? new Date(at) : at
  if (Number.isNaN(moment.getTime())) {
    throw new ReviewScheduleError(`The sign-off time "${String(at)}" is not a valid date-time.`)
  }
  const problem = nextReviewDueProblem(moment, settings, requested)
  if (problem) throw new ReviewScheduleError(problem)
  const months = settings?.defaultReviewIntervalMonths ?? DEFAULT_REVIEW_INTERVAL_MONTHS
  return requested ?? addMonths(utcDay(moment), months)
}
