/** A piece of SQL with its positional parameters, in order. */
export interface Sql {
  text: string
  params: SqlValue[]
}

export type SqlValue = string | number | null

export const sql = (text: string, params: SqlValue[] = []): Sql => ({text, params})

export const sqlTrue = sql('1')
export const sqlFalse = sql('0')

/** Joins pieces with AND / OR; `1 AND x` and `0 OR x` collapse to `x`. */
export function join(operator: 'AND' | 'OR', parts: Sql[]): Sql {
  const neutral = operator === 'AND' ? '1' : '0'
  const absorbing = operator === 'AND' ? '0' : '1'
  const kept = parts.filter((part) => part.text !== neutral)
  if (kept.some((part) => part.text === absorbing)) return sql(absorbing)
  if (kept.length === 0) return sql(neutral)
  if (kept.length === 1) return kept[0] as Sql
  return {
    text: kept.map((part) => `(${part.text})`).join(` ${operator} `),
    params: kept.flatMap((part) => part.params),
  }
}

/** The rows where `condition` is not true (false or NULL read as not true). */
export const notTrue = (condition: Sql): Sql =>
  condition.text === '1'
    ? sqlFalse
    : condition.text === '0'
      ? sqlTrue
      : {text: `NOT coalesce((${condition.text}), 0)`, params: condition.params}
