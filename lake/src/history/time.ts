import {badRequest} from '../errors.ts'

/** Normalizes a client's date-time to the log's format, so string order is time order. */
export function normalizeTime(value: string, parameter: string): string {
  const time = new Date(value)
  if (value.trim() === '' || Number.isNaN(time.getTime())) {
    throw badRequest(
      `${parameter} "${value}" is not a date-time; use ISO 8601, e.g. 2026-01-31T12:00:00Z`,
    )
  }
  return time.toISOString()
}
