import {CanonicalJsonError} from './errors.ts'

/**
 * RFC 8785 (JCS) canonical JSON: object members sorted by their names' UTF-16 code units,
 * numbers in ECMAScript's shortest round-trip form, strings escaped as JSON.stringify does,
 * no whitespace. Equal JSON values always give the same string, so it can be hashed and signed.
 *
 * Every own member counts, "__proto__" included (JSON.parse makes it an ordinary member).
 * Object members whose value is `undefined` are left out (as JSON.stringify and every JSON
 * store do); anything JSON cannot carry faithfully — NaN, ±Infinity, `undefined` in an array,
 * functions, symbols, bigints, class instances such as Date, cycles — throws a
 * CanonicalJsonError naming where it is.
 */
export function canonicalJson(value: unknown): string {
  return serialise(value, '$', [])
}

function serialise(value: unknown, path: string, ancestors: object[]): string {
  if (value === null) return 'null'
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false'
    case 'string':
      return JSON.stringify(value)
    case 'number':
      if (!Number.isFinite(value)) {
        throw new CanonicalJsonError(path, `${value} is not a JSON number; store a finite number.`)
      }
      // ECMAScript Number::toString is exactly JCS's number format; JSON.stringify also maps -0 to 0.
      return JSON.stringify(value)
    case 'object':
      return serialiseContainer(value, path, ancestors)
    default:
      throw new CanonicalJsonError(path, `a ${typeof value} has no JSON form.`)
  }
}

function serialiseContainer(value: object, path: string, ancestors: object[]): string {
  if (ancestors.includes(value)) {
    throw new CanonicalJsonError(path, 'the value refers back to itself (a cycle).')
  }
  const inside = [...ancestors, value]
  if (Array.isArray(value)) {
    const items: string[] = []
    // An index loop, not map(): map skips the holes of a sparse array.
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index]
      const itemPath = `${path}[${index}]`
      if (item === undefined) {
        throw new CanonicalJsonError(itemPath, 'undefined in an array has no JSON form; remove it.')
      }
      items.push(serialise(item, itemPath, inside))
    }
    return `[${items.join(',')}]`
  }
  const prototype: unknown = Object.getPrototypeOf(value)
  if (prototype !== Object.prototype && prototype !== null) {
    const kind = value.constructor?.name ?? 'object'
    throw new CanonicalJsonError(path, `a ${kind} is not plain JSON data; convert it first.`)
  }
  const members: string[] = []
  // Default sort compares UTF-16 code units, which is the order RFC 8785 requires.
  for (const key of Object.keys(value).sort()) {
    const member: unknown = (value as Record<string, unknown>)[key]
    if (member === undefined) continue
    members.push(`${JSON.stringify(key)}:${serialise(member, `${path}.${key}`, inside)}`)
  }
  return `{${members.join(',')}}`
}
