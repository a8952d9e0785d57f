import {MONTH_NAMES} from '../monthNames.ts'
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/

/** "2024-03-05" → "March 5, 2024" (AMA spells months out); "2024-03" → "March 2024". */
export function formatAmaDate(iso: string): string {
  const match = ISO_DATE.exec(iso.trim())
  if (!match) return iso.trim()
  const [, year, month, day] = match
  const monthName = month ? MONTH_NAMES[Number(month) - 1] : undefined
  if (!monthName) return String(year)
  return day ? `${monthName} ${Number(day)}, ${year}` : `${monthName} ${year}`
}

/**
 * The ISO date (YYYY-MM-DD) in "March 5, 2024", "Mar 5, 2024", "5 March 2024", "2024 Mar 5"
 * (Vancouver) or "2024-03-05". Undefined when no full date is recognised.
 */
export function parseReferenceDate(text: string): string | undefined {
  const value = text.trim().replace(/\.$/, '')
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (iso) return value
  const monthFirst = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(value)
  if (monthFirst) return isoDate(monthFirst[3], monthFirst[1], monthFirst[2])
  const dayFirst = /^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(value)
  if (dayFirst) return isoDate(dayFirst[3], dayFirst[2], dayFirst[1])
  const yearFirst = /^(\d{4})\s+([A-Za-z]+)\.?\s+(\d{1,2})$/.exec(value)
  if (yearFirst) return isoDate(yearFirst[1], yearFirst[2], yearFirst[3])
  return undefined
}

function isoDate(
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
): string | undefined {
  if (!year || !month || !day) return undefined
  const index = MONTH_NAMES.findIndex((name) => name.toLowerCase().startsWith(month.toLowerCase()))
  if (index < 0 || month.length < 3 || Number(day) < 1 || Number(day) > 31) return undefined
  return `${year}-${String(index + 1).padStart(2, '0')}-${day.padStart(2, '0')}`
}
