import {createRequire} from 'node:module'
import {isDeepStrictEqual} from 'node:util'
import {describe, expect, it} from 'vitest'
import {makePatch} from '../../../../lake/src/history/mendoza.ts'

/** The `mendoza` package as the lake (and the Studio) resolve it: both of its patchers. */
interface Mendoza {
  applyPatch(left: unknown, patch: unknown[]): unknown
  incremental: {
    wrap(data: unknown, meta: unknown): unknown
    unwrap(value: unknown): unknown
    applyPatch(left: unknown, patch: unknown[], meta: unknown): unknown
  }
}
const lake = createRequire(new URL('../../../../lake/package.json', import.meta.url))
const mendoza = lake('mendoza') as Mendoza

/** What each of the package's patchers makes of `left` with the patch we make for `right`. */
function roundTrip(left: unknown, right: unknown) {
  const patch = makePatch(left, right)
  const base = mendoza.incremental.wrap(structuredClone(left), 'before')
  return {
    plain: mendoza.applyPatch(structuredClone(left), patch),
    incremental: mendoza.incremental.unwrap(mendoza.incremental.applyPatch(base, patch, 'after')),
  }
}

const both = (value: unknown) => ({plain: value, incremental: value})

/** A small seeded generator so failures reproduce. */
function random(seed: number) {
  let state = seed
  const next = () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
  return {next, pick}
}

const words = ['back', 'spasm', 'heat', 'NSAIDs', '“acute”', 'é', '😀 relief', '', 'x'.repeat(40)]

function generate(rng: ReturnType<typeof random>, depth: number): unknown {
  const kind = rng.pick(
    depth > 3
      ? ['string', 'number', 'bool']
      : ['string', 'number', 'bool', 'object', 'array', 'blocks'],
  )
  switch (kind) {
    case 'string':
      return Array.from({length: 1 + Math.floor(rng.next() * 4)}, () => rng.pick(words)).join(' ')
    case 'number':
      return Math.floor(rng.next() * 1000) / 10
    case 'bool':
      return rng.next() > 0.5
    case 'object':
      return Object.fromEntries(
        Array.from({length: Math.floor(rng.next() * 4)}, (_, index) => [
          rng.pick(['title', 'slug', 'summary', 'code', `f${index}`]),
          generate(rng, depth + 1),
        ]),
      )
    case 'array':
      return Array.from({length: Math.floor(rng.next() * 4)}, () => generate(rng, depth + 1))
    default:
      return Array.from({length: Math.floor(rng.next() * 4)}, (_, index) => ({
        _key: `k${index}${Math.floor(rng.next() * 3)}`,
        _type: 'block',
        text: generate(rng, depth + 2),
      }))
  }
}

/** A plausible edit: change, add or remove fields, reorder or drop items, retype text. */
function edit(rng: ReturnType<typeof random>, value: unknown, depth: number): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => (rng.next() < 0.3 ? edit(rng, item, depth + 1) : item))
    if (rng.next() < 0.3) items.reverse()
    if (rng.next() < 0.3) items.splice(Math.floor(rng.next() * items.length), 1)
    if (rng.next() < 0.3) items.push(generate(rng, depth + 1))
    return items
  }
  if (typeof value === 'object' && value !== null) {
    const result: Record<string, unknown> = {}
    for (const [key, child] of Object.entries(value)) {
      const roll = rng.next()
      if (roll < 0.15) continue
      result[key] = roll < 0.5 ? edit(rng, child, depth + 1) : child
    }
    if (rng.next() < 0.3) result[`added${Math.floor(rng.next() * 5)}`] = generate(rng, depth + 1)
    return result
  }
  if (typeof value === 'string' && rng.next() < 0.7) {
    const at = Math.floor(rng.next() * (value.length + 1))
    return `${value.slice(0, at)}${rng.pick(words)}${value.slice(at)}`
  }
  return rng.next() < 0.5 ? generate(rng, depth) : value
}

describe('mendoza effects', () => {
  it('creates with a whole-value [0, doc] and deletes with [0, null], as the listener samples show', () => {
    const document = {_id: 'a', _type: 'article', title: 'Hello'}
    expect(makePatch(null, document)).toEqual([0, document])
    expect(makePatch(document, null)).toEqual([0, null])
    expect(roundTrip(null, document)).toEqual(both(document))
    expect(roundTrip(document, null)).toEqual(both(null))
  })

  it('is empty when nothing changed', () => {
    expect(makePatch({a: [1, {b: 'c'}]}, {a: [1, {b: 'c'}]})).toEqual([])
  })

  it('copies unchanged content instead of repeating it', () => {
    const paragraph = 'A long paragraph about lower back spasms that nobody edited today.'
    const before = {
      _id: 'a',
      title: 'Old',
      body: [
        {_key: 'b1', text: paragraph},
        {_key: 'b2', text: 'x'},
      ],
    }
    const after = {...before, title: 'New', body: [...before.body, {_key: 'b3', text: 'added'}]}
    expect(roundTrip(before, after)).toEqual(both(after))
    const patch = JSON.stringify(makePatch(before, after))
    expect(patch).not.toContain(paragraph)
    expect(patch).toContain('added')
  })

  it('edits long text by slices, also around multi-byte characters', () => {
    const edits: Array<[string, string]> = [
      [
        'Heat therapy relieves “acute” spasms quickly.',
        'Heat therapy relieves “acute” back spasms quickly.',
      ],
      [
        '😀 emoji first, then a long enough tail of text',
        '😀 emoji first, then a longer tail of text 😀',
      ],
      ['ascii prefix long enough here é', 'ascii prefix long enough here éé'],
      ['same start but then \ud800 lone surrogate', 'same start but then changed'],
    ]
    for (const [left, right] of edits) {
      expect(roundTrip({text: left}, {text: right})).toEqual(both({text: right}))
      expect(roundTrip({text: right}, {text: left})).toEqual(both({text: left}))
    }
    const [typing] = edits
    expect(JSON.stringify(makePatch({text: typing?.[0]}, {text: typing?.[1]}))).not.toContain(
      'quickly',
    )
  })

  it('turns any document into any edit of it, with both of the package patchers', () => {
    const rng = random(20261122)
    const failures: unknown[] = []
    for (let round = 0; round < 400; round++) {
      const before = {
        _id: 'doc',
        _type: 'article',
        content: generate(rng, 0),
        body: generate(rng, 1),
      }
      const after = edit(rng, before, 0)
      for (const [left, right] of [
        [before, after],
        [after, before],
      ]) {
        const result = roundTrip(left, right)
        if (!isDeepStrictEqual(result, both(right))) failures.push({round, left, right, result})
      }
    }
    expect(failures).toEqual([])
  })
})
