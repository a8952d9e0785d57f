/**
 * A mendoza encoder: the `mendoza` package only decodes, and Sanity's differ is written in Go.
 * Patches keep unchanged fields, array items and string runs as copies of the input, so the
 * Studio's history (mendoza's incremental patcher) attributes only what really changed.
 * Every patch is checked by tests against both of the package's patchers.
 */
import {isDeepStrictEqual} from 'node:util'
import type {MendozaPatch} from '../store/types.ts'

const Value = 0
const Copy = 1
const Blank = 2
const PushField = 6
const PushElement = 7
const ReturnIntoObjectSameKeyPop = 15
const ReturnIntoArrayPop = 16
const ObjectSetFieldValue = 17
const ObjectDeleteField = 19
const ArrayAppendValue = 20
const ArrayAppendSlice = 21
const StringAppendString = 22
const StringAppendSlice = 23

/** Strings shorter than this are replaced whole: a slice costs more than it saves. */
const minimumSharedStringBytes = 16

type JsonObject = Record<string, unknown>

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The patch that turns `left` into `right` (JSON values; `null` stands for "no document"). */
export function makePatch(left: unknown, right: unknown): MendozaPatch {
  if (isDeepStrictEqual(left, right)) return []
  const out: unknown[] = []
  emit(left, right, out)
  return out
}

/** Appends operations that push exactly one output value equal to `right`, reading from `left` (the input on top of the stack). */
function emit(left: unknown, right: unknown, out: unknown[]): void {
  if (isObject(left) && isObject(right)) return emitObject(left, right, out)
  if (Array.isArray(left) && Array.isArray(right) && right.length > 0) {
    return emitArray(left, right, out)
  }
  if (typeof left === 'string' && typeof right === 'string') return emitString(left, right, out)
  out.push(Value, right)
}

function emitObject(left: JsonObject, right: JsonObject, out: unknown[]): void {
  // The decoder addresses input fields by their index among the input's sorted keys.
  const leftKeys = Object.keys(left).sort()
  out.push(Copy)
  leftKeys.forEach((key, index) => {
    if (!Object.hasOwn(right, key)) {
      out.push(ObjectDeleteField, index)
    } else if (!isDeepStrictEqual(left[key], right[key])) {
      out.push(PushField, index)
      emit(left[key], right[key], out)
      out.push(ReturnIntoObjectSameKeyPop)
    }
  })
  for (const key of Object.keys(right)) {
    if (!Object.hasOwn(left, key)) out.push(ObjectSetFieldValue, right[key], key)
  }
}

function emitArray(left: unknown[], right: unknown[], out: unknown[]): void {
  const indexByKey = new Map<string, number>()
  left.forEach((item, index) => {
    const key = isObject(item) ? item._key : undefined
    if (typeof key === 'string' && !indexByKey.has(key)) indexByKey.set(key, index)
  })

  out.push(Blank)
  let slice: {start: number; end: number} | undefined
  const flush = () => {
    if (slice) out.push(ArrayAppendSlice, slice.start, slice.end)
    slice = undefined
  }

  let previous = -1
  right.forEach((item, position) => {
    const source = sourceIndex(left, item, position, previous, indexByKey)
    if (source === undefined) {
      flush()
      out.push(ArrayAppendValue, item)
      return
    }
    previous = source
    if (isDeepStrictEqual(left[source], item)) {
      if (slice && slice.end === source) slice.end++
      else {
        flush()
        slice = {start: source, end: source + 1}
      }
      return
    }
    flush()
    out.push(PushElement, source)
    emit(left[source], item, out)
    out.push(ReturnIntoArrayPop)
  })
  flush()
}

/** The input item `item` most likely came from: same `_key`, else the next one, else the same position. */
function sourceIndex(
  left: unknown[],
  item: unknown,
  position: number,
  previous: number,
  indexByKey: Map<string, number>,
): number | undefined {
  const key = isObject(item) ? item._key : undefined
  if (typeof key === 'string') return indexByKey.get(key)
  const next = previous + 1
  if (next < left.length && isDeepStrictEqual(left[next], item)) return next
  if (position < left.length && sameKind(left[position], item)) return position
  return undefined
}

const sameKind = (a: unknown, b: unknown) =>
  (isObject(a) && isObject(b)) ||
  (Array.isArray(a) && Array.isArray(b)) ||
  (typeof a === 'string' && typeof b === 'string')

function emitString(left: string, right: string, out: unknown[]): void {
  if (right === '' || hasLoneSurrogate(left) || hasLoneSurrogate(right)) {
    out.push(Value, right)
    return
  }
  const prefix = commonPrefixLength(left, right)
  const suffix = commonSuffixLength(left, right, prefix)
  const prefixBytes = utf8Length(left.slice(0, prefix))
  const suffixBytes = utf8Length(left.slice(left.length - suffix))
  if (prefixBytes + suffixBytes < minimumSharedStringBytes) {
    out.push(Value, right)
    return
  }
  out.push(Blank)
  if (prefixBytes > 0) out.push(StringAppendSlice, 0, prefixBytes)
  // Slices only ever start at 0 or end at the string's end: mendoza's plain patcher resolves
  // a slice's end by counting from its start as if earlier characters were one byte each,
  // which over-reads only past the end, where it does no harm.
  const middle = right.slice(prefix, right.length - suffix)
  if (middle !== '') out.push(StringAppendString, middle)
  if (suffixBytes > 0) {
    const leftBytes = utf8Length(left)
    out.push(StringAppendSlice, leftBytes - suffixBytes, leftBytes)
  }
}

/** Shared leading UTF-16 units, never ending inside a surrogate pair. */
function commonPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length)
  let length = 0
  while (length < limit && a.charCodeAt(length) === b.charCodeAt(length)) length++
  if (length > 0 && isHighSurrogate(a.charCodeAt(length - 1))) length--
  return length
}

/** Shared trailing UTF-16 units not overlapping the prefix, never starting inside a surrogate pair. */
function commonSuffixLength(a: string, b: string, prefix: number): number {
  const limit = Math.min(a.length, b.length) - prefix
  let length = 0
  while (
    length < limit &&
    a.charCodeAt(a.length - 1 - length) === b.charCodeAt(b.length - 1 - length)
  ) {
    length++
  }
  if (length > 0 && isLowSurrogate(a.charCodeAt(a.length - length))) length--
  return length
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff
const hasLoneSurrogate = (text: string) => /\p{Cs}/u.test(text)
const utf8Length = (text: string) => Buffer.byteLength(text, 'utf8')
