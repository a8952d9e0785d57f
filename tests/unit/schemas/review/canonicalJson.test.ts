import {describe, expect, it} from 'vitest'
import {CanonicalJsonError, canonicalJson} from '@vetted/schemas/review'

function numberFromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8))
  view.setBigUint64(0, BigInt(`0x${hex}`))
  return view.getFloat64(0)
}

describe('canonicalJson', () => {
  describe('RFC 8785 section 3.2.2 sample', () => {
    // The input exactly as printed in the RFC (JSON text, so the escapes are JSON escapes).
    const input = String.raw`{
      "numbers": [333333333.33333329, 1E30, 4.50,
                  2e-3, 0.000000000000000000000000001],
      "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
      "literals": [null, true, false]
    }`

    it('produces the canonical text the RFC prints', () => {
      expect(canonicalJson(JSON.parse(input))).toBe(
        String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`,
      )
    })

    it('encodes to the UTF-8 bytes of section 3.2.4', () => {
      const expectedHex = [
        '7b 22 6c 69 74 65 72 61 6c 73 22 3a 5b 6e 75 6c 6c 2c 74 72',
        '75 65 2c 66 61 6c 73 65 5d 2c 22 6e 75 6d 62 65 72 73 22 3a',
        '5b 33 33 33 33 33 33 33 33 33 2e 33 33 33 33 33 33 33 2c 31',
        '65 2b 33 30 2c 34 2e 35 2c 30 2e 30 30 32 2c 31 65 2d 32 37',
        '5d 2c 22 73 74 72 69 6e 67 22 3a 22 e2 82 ac 24 5c 75 30 30',
        '30 66 5c 6e 41 27 42 5c 22 5c 5c 5c 5c 5c 22 2f 22 7d',
      ].join(' ')
      const bytes = new TextEncoder().encode(canonicalJson(JSON.parse(input)))
      expect(Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join(' ')).toBe(
        expectedHex,
      )
    })
  })

  it('sorts keys by UTF-16 code units, including non-ASCII keys (RFC 8785 section 3.2.3)', () => {
    const input = JSON.parse(String.raw`{
      "\u20ac": "Euro Sign",
      "\r": "Carriage Return",
      "\ufb33": "Hebrew Letter Dalet With Dagesh",
      "1": "One",
      "\ud83d\ude00": "Emoji: Grinning Face",
      "\u0080": "Control",
      "\u00f6": "Latin Small Letter O With Diaeresis"
    }`) as Record<string, string>
    expect(canonicalJson(input)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control",' +
        '"\u00f6":"Latin Small Letter O With Diaeresis","\u20ac":"Euro Sign",' +
        '"\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    )
    // U+1F600 (surrogates D83D DE00) sorts before U+FB33 by code unit, though not by code point.
    expect(canonicalJson({'\ufb33': 1, '\u{1f600}': 2})).toBe('{"\u{1f600}":2,"\ufb33":1}')
  })

  const appendixBNumbers: [string, string][] = [
    ['0000000000000000', '0'],
    ['8000000000000000', '0'],
    ['0000000000000001', '5e-324'],
    ['8000000000000001', '-5e-324'],
    ['7fefffffffffffff', '1.7976931348623157e+308'],
    ['ffefffffffffffff', '-1.7976931348623157e+308'],
    ['4340000000000000', '9007199254740992'],
    ['c340000000000000', '-9007199254740992'],
    ['4430000000000000', '295147905179352830000'],
    ['44b52d02c7e14af5', '9.999999999999997e+22'],
    ['44b52d02c7e14af6', '1e+23'],
    ['44b52d02c7e14af7', '1.0000000000000001e+23'],
    ['444b1ae4d6e2ef4e', '999999999999999700000'],
    ['444b1ae4d6e2ef4f', '999999999999999900000'],
    ['444b1ae4d6e2ef50', '1e+21'],
    ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
    ['3eb0c6f7a0b5ed8d', '0.000001'],
    ['41b3de4355555553', '333333333.3333332'],
    ['41b3de4355555554', '333333333.33333325'],
    ['41b3de4355555555', '333333333.3333333'],
    ['41b3de4355555556', '333333333.3333334'],
    ['41b3de4355555557', '333333333.33333343'],
    ['becbf647612f3696', '-0.0000033333333333333333'],
    ['43143ff3c1cb0959', '1424953923781206.2'],
  ]

  it.each(appendixBNumbers)(
    'serialises the IEEE 754 value 0x%s as %s (RFC 8785 appendix B)',
    (bits, expected) => {
      expect(canonicalJson(numberFromBits(bits))).toBe(expected)
    },
  )

  it('serialises numbers the way ECMAScript does inside documents too', () => {
    expect(canonicalJson([1e21, 0.000001, -0, 1e-7, 4.5, 100])).toBe(
      '[1e+21,0.000001,0,1e-7,4.5,100]',
    )
  })

  it.each([
    ['NaN', Number.NaN, '$'],
    ['Infinity', Number.POSITIVE_INFINITY, '$'],
    ['-Infinity', {dose: [1, Number.NEGATIVE_INFINITY]}, '$.dose[1]'],
  ])('rejects %s, naming where it is', (_label, value, path) => {
    expect(() => canonicalJson(value)).toThrow(CanonicalJsonError)
    expect(() => canonicalJson(value)).toThrow(`Cannot canonicalise ${path}:`)
  })

  it('rejects undefined in an array (JSON.stringify would silently turn it into null)', () => {
    expect(() => canonicalJson({tags: ['a', undefined]})).toThrow(
      'Cannot canonicalise $.tags[1]: undefined in an array has no JSON form',
    )
    // oxlint-disable-next-line no-sparse-arrays -- the hole is what is under test
    expect(() => canonicalJson([1, , 3])).toThrow('$[1]')
  })

  it('leaves out object members whose value is undefined, as JSON stores do', () => {
    expect(canonicalJson({b: 1, a: undefined})).toBe('{"b":1}')
  })

  it('rejects values JSON cannot carry faithfully', () => {
    expect(() => canonicalJson({at: new Date(0)})).toThrow('$.at: a Date is not plain JSON data')
    expect(() => canonicalJson(10n)).toThrow('a bigint has no JSON form')
    expect(() => canonicalJson({f: () => 1})).toThrow('$.f: a function has no JSON form')
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(() => canonicalJson(cyclic)).toThrow('$.self: the value refers back to itself')
  })

  it('allows the same object twice when it is not a cycle', () => {
    const shared = {x: 1}
    expect(canonicalJson({a: shared, b: [shared]})).toBe('{"a":{"x":1},"b":[{"x":1}]}')
  })

  it('keeps a "__proto__" member, as JSON.parse reads it, at any depth', () => {
    const parsed: unknown = JSON.parse('{"b":1,"__proto__":{"x":[1]},"a":{"__proto__":2}}')
    expect(canonicalJson(parsed)).toBe('{"__proto__":{"x":[1]},"a":{"__proto__":2},"b":1}')
  })

  it('writes no whitespace and keeps array order', () => {
    expect(canonicalJson({list: [3, 1, 2], nested: {z: 'a b', a: [true, null]}})).toBe(
      '{"list":[3,1,2],"nested":{"a":[true,null],"z":"a b"}}',
    )
  })
})
