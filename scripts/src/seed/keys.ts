import {createHash} from 'node:crypto'

/** A 12-hex Portable Text `_key` that depends only on where the item comes from. */
export function deterministicKey(...parts: Array<string | number>): string {
  return createHash('sha256').update(parts.join('#')).digest('hex').slice(0, 12)
}
