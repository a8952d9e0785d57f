/**
 * Calendar days as ISO strings (YYYY-MM-DD), always in UTC so the Studio, the service and the
 * site agree on what "today" is wherever they run.
 */

import {MONTH_NAMES} from '../monthNames.ts'

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/

export function utcDay(moment: Date): string {
  return moment.toISOString().slice(0, 10)
}

/** Whether `text` is a real calendar day in YYYY-MM-DD form (2026-02-30 is not). */
export function isIsoDay(text: string): boolean {
  return ISO_DAY.test(text) && utcDay(new Date(`${text}T00:00:00Z`)) === text
}

/** The same day of the month `months` later, or the month's last day when it has no such day. */
export function addMonths(day: string, months: number): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number)
  const target = new Date(Date.UTC(year, month - 1 + months, 1))
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate()
  target.setUTCDate(Math.min(date, lastDay))
  return utcDay(target)
}

/** "2 March 2026", for reasons shown to editors; takes a day or a date-time (UTC day). */
export function formatDay(dayOrMoment: string): string {
  const day = isIsoDay(dayOrMoment) ? dayOrMoment : utcDay(new Date(dayOrMoment))
  const [year, month = 1, date] = day.split('-').map(Number)
  return `${date} ${MONTH_NAMES[month - 1]} ${year}`
}
