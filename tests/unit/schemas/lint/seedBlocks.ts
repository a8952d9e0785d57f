import {createHash} from 'node:crypto'
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'

/** The demo seed articles, in the repository (scripts/seeds/, what `dataset:seed` imports). */
const SEEDS_DIR = path.resolve(import.meta.dirname, '..', '..', '..', '..', 'scripts', 'seeds')

export type SeedBlock = {
  _type: 'block'
  _key: string
  style: 'normal'
  markDefs: []
  children: [{_type: 'span'; _key: string; text: string; marks: []}]
}

/** The text of demo seed `number` (0–4), as the file holds it. */
export function readSeed(number: number): string {
  const prefix = `${String(number).padStart(3, '0')}_`
  const file = readdirSync(SEEDS_DIR).find((name) => name.startsWith(prefix))
  if (!file) throw new Error(`No seed file starting with ${prefix} in ${SEEDS_DIR}`)
  return readFileSync(path.join(SEEDS_DIR, file), 'utf8')
}

/**
 * A seed as plain Portable Text: one normal block per paragraph, with deterministic 12-hex keys.
 * Paragraphs end at line breaks, not only blank lines, because seed 000 puts one paragraph per
 * line with no blank line between. (The real importer, with headings, lists, encoding repair
 * and chrome removal, is scripts' job; lint needs only the text.)
 */
export function seedBlocks(number: number): SeedBlock[] {
  return textBlocks(readSeed(number), `seed-${number}`)
}

export function textBlocks(text: string, keyPrefix = 'test'): SeedBlock[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line, index) => {
      const key = hexKey(`${keyPrefix}:${index}`)
      return {
        _type: 'block',
        _key: key,
        style: 'normal',
        markDefs: [],
        children: [{_type: 'span', _key: hexKey(`${key}:span`), text: line, marks: []}],
      }
    })
}

function hexKey(seed: string): string {
  return createHash('sha256').update(seed).digest('hex').slice(0, 12)
}

/** A block's `_key` (destructured: the lint config bans dangling underscores in member access). */
export function keyOf(block: {_key: string} | undefined): string | undefined {
  if (!block) return undefined
  const {_key: key} = block
  return key
}
