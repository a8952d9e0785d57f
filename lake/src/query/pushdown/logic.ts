import {join, notTrue, sqlFalse, sqlTrue, type Sql} from './sql.ts'

/**
 * A GROQ filter as SQL over the `documents` table, for choosing candidate rows.
 *
 * GROQ's logic has three values, like SQL's, but its `==` is never null where SQL's is, so each
 * condition carries two pieces: `whenTrue` selects the rows where the GROQ expression is true and
 * `whenFalse` the rows where it is false (what `!` turns into true). A piece that is `null` is
 * unknown: any row may qualify. When `exact` is false the pieces are supersets, so groq-js must
 * still evaluate the filter over the rows they select.
 */
export interface Condition {
  whenTrue: Sql | null
  whenFalse: Sql | null
  exact: boolean
}

/**
 * How the query's perspective names things: in the drafts perspective `_id` is `pub_id` and
 * `_originalId` is the stored id; elsewhere `_originalId` is whatever the body holds.
 * `textIndex` says whether the file has the full-text table (`store/textIndex.ts`).
 */
export interface ConditionContext {
  idColumn: 'id' | 'pub_id'
  originalIdColumn: 'id' | null
  textIndex: boolean
}

export const unknown: Condition = {whenTrue: null, whenFalse: null, exact: false}

/** A condition that is true exactly on `whenTrue` and false everywhere else. */
export const twoValued = (whenTrue: Sql): Condition => ({
  whenTrue,
  whenFalse: notTrue(whenTrue),
  exact: true,
})

export const constant = (value: boolean | null): Condition => ({
  whenTrue: value === true ? sqlTrue : sqlFalse,
  whenFalse: value === false ? sqlTrue : sqlFalse,
  exact: true,
})

/** Rows that may be true, none known false: what a candidate narrower (full text) gives. */
export const candidates = (whenTrue: Sql): Condition => ({whenTrue, whenFalse: null, exact: false})

export function and(parts: Condition[]): Condition {
  const whenTrue = parts.map((part) => part.whenTrue).filter((piece) => piece !== null)
  const whenFalse = parts.map((part) => part.whenFalse)
  return {
    whenTrue: join('AND', whenTrue),
    whenFalse: whenFalse.includes(null) ? null : join('OR', whenFalse as Sql[]),
    exact: parts.every((part) => part.exact),
  }
}

export function or(parts: Condition[]): Condition {
  const whenTrue = parts.map((part) => part.whenTrue)
  const whenFalse = parts.map((part) => part.whenFalse).filter((piece) => piece !== null)
  return {
    whenTrue: whenTrue.includes(null) ? null : join('OR', whenTrue as Sql[]),
    whenFalse: join('AND', whenFalse),
    exact: parts.every((part) => part.exact),
  }
}

export const not = (part: Condition): Condition => ({
  whenTrue: part.whenFalse,
  whenFalse: part.whenTrue,
  exact: part.exact,
})
