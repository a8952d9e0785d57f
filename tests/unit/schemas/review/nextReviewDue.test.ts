import {describe, expect, it} from 'vitest'
import {
  computeNextReviewDue,
  nextReviewDueProblem,
  ReviewScheduleError,
} from '@vetted/schemas/review'

const signedAt = new Date('2026-03-02T10:00:00Z')

describe('computeNextReviewDue', () => {
  it('defaults to 12 months after the sign-off day', () => {
    expect(computeNextReviewDue(signedAt)).toBe('2027-03-02')
    expect(computeNextReviewDue('2026-03-02T10:00:00Z', {defaultReviewIntervalMonths: null})).toBe(
      '2027-03-02',
    )
  })

  it('uses the interval from Site settings', () => {
    expect(computeNextReviewDue(signedAt, {defaultReviewIntervalMonths: 6})).toBe('2026-09-02')
    expect(computeNextReviewDue(signedAt, {defaultReviewIntervalMonths: 24})).toBe('2028-03-02')
  })

  it.each([
    ['2026-01-31T12:00:00Z', 1, '2026-02-28'],
    ['2024-02-29T12:00:00Z', 12, '2025-02-28'],
    ['2023-08-31T12:00:00Z', 6, '2024-02-29'],
    ['2026-12-15T12:00:00Z', 1, '2027-01-15'],
  ])('lands on the last day of a shorter month (%s + %i months = %s)', (at, months, due) => {
    expect(computeNextReviewDue(at, {defaultReviewIntervalMonths: months})).toBe(due)
  })

  it('counts from the UTC day of the sign-off', () => {
    expect(computeNextReviewDue('2026-03-02T23:30:00-05:00')).toBe('2027-03-03')
  })

  it('lets a reviewer shorten the interval, up to and including the default date', () => {
    expect(computeNextReviewDue(signedAt, {}, '2026-09-01')).toBe('2026-09-01')
    expect(computeNextReviewDue(signedAt, {}, '2026-03-03')).toBe('2026-03-03')
    expect(computeNextReviewDue(signedAt, {}, '2027-03-02')).toBe('2027-03-02')
  })

  it('never lets a reviewer lengthen it beyond the default interval', () => {
    expect(() => computeNextReviewDue(signedAt, {}, '2027-03-03')).toThrow(ReviewScheduleError)
    expect(() => computeNextReviewDue(signedAt, {}, '2027-03-03')).toThrow(
      'The next review can be at most 12 months after sign-off: choose 2 March 2027 or earlier.',
    )
    expect(() =>
      computeNextReviewDue(signedAt, {defaultReviewIntervalMonths: 6}, '2026-12-01'),
    ).toThrow('at most 6 months')
  })

  it.each([
    ['the sign-off day', '2026-03-02', 'must be after the sign-off (2 March 2026)'],
    ['a past day', '2025-12-01', 'must be after the sign-off'],
    ['an impossible date', '2026-02-30', '"2026-02-30" is not a date'],
    ['another format', '03/09/2026', 'give the next review date as YYYY-MM-DD'],
  ])('refuses %s', (_what, requested, message) => {
    expect(() => computeNextReviewDue(signedAt, {}, requested)).toThrow(message)
  })

  it.each([0, -3, 1.5, 121, Number.NaN])('refuses a configured interval of %s months', (months) => {
    expect(() => computeNextReviewDue(signedAt, {defaultReviewIntervalMonths: months})).toThrow(
      'must be a whole number of months from 1 to 120',
    )
  })

  it('refuses a sign-off time that is not a date', () => {
    expect(() => computeNextReviewDue('soon')).toThrow('"soon" is not a valid date-time')
  })
})

describe('nextReviewDueProblem', () => {
  it('describes the problem instead of throwing, for showing next to the date field', () => {
    expect(nextReviewDueProblem(signedAt, undefined, '2026-06-01')).toBeUndefined()
    expect(nextReviewDueProblem(signedAt, undefined)).toBeUndefined()
    expect(nextReviewDueProblem(signedAt, undefined, '2028-01-01')).toContain('at most 12 months')
  })
})
