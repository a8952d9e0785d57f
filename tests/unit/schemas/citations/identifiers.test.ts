import {isDoi, isPmcid, isPmid, normaliseDoi, sameDoi} from '@vetted/schemas/citations'
import {describe, expect, it} from 'vitest'

describe('identifiers', () => {
  it('isDoi accepts bare DOIs only', () => {
    expect(isDoi('10.1001/archinternmed.2009.65')).toBe(true)
    expect(isDoi('10.1016/S0140-6736(20)30183-5')).toBe(true)
    expect(isDoi('doi:10.1001/x')).toBe(false)
    expect(isDoi('11.1001/x')).toBe(false)
    expect(isDoi('10.1001')).toBe(false)
  })

  it('normaliseDoi strips prefixes, resolver links, encoding and the final full stop', () => {
    expect(normaliseDoi('doi: 10.7326/M16-2367.')).toBe('10.7326/M16-2367')
    expect(normaliseDoi('https://doi.org/10.7326/M16-2367')).toBe('10.7326/M16-2367')
    expect(normaliseDoi('http://dx.doi.org/10.1097%2F00007632-200106010-00004')).toBe(
      '10.1097/00007632-200106010-00004',
    )
    expect(normaliseDoi('not a doi')).toBeUndefined()
  })

  it('sameDoi compares DOIs case-insensitively across spellings', () => {
    expect(sameDoi('doi:10.7326/M16-2367', 'https://doi.org/10.7326/m16-2367')).toBe(true)
    expect(sameDoi('10.7326/M16-2367', '10.7326/M16-2368')).toBe(false)
    expect(sameDoi('junk', 'junk')).toBe(false)
  })

  it('isPmid and isPmcid', () => {
    expect(isPmid('19433697')).toBe(true)
    expect(isPmid(19433697)).toBe(true)
    expect(isPmid('0123')).toBe(false)
    expect(isPmid('PMID: 123')).toBe(false)
    expect(isPmcid('PMC2763040')).toBe(true)
    expect(isPmcid('2763040')).toBe(false)
  })
})
