const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/** "12 March 2025" for an ISO date or date-time (read as UTC, so server and reader agree). */
export function formatDate(iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)
  return Number.isNaN(date.getTime()) ? iso : longDate.format(date)
}

/** The calendar date (YYYY-MM-DD) of an ISO date or date-time, for `<time dateTime>`. */
export function isoDate(iso: string): string {
  return iso.slice(0, 10)
}
