import {describe, expect, it} from 'vitest'
import {EnvError, parseServerEnv} from '../../../../web/src/envSchema.ts'

const complete = {
  SANITY_PROJECT_ID: 'local',
  SANITY_DATASET: 'production',
  SANITY_API_HOST: 'http://127.0.0.1:4001',
  SANITY_READ_TOKEN: 'sk-viewer',
  REVIEW_PUBLIC_KEYS: JSON.stringify({
    'key-1': '-----BEGIN PUBLIC KEY-----\nMCow\n-----END PUBLIC KEY-----\n',
  }),
  SANITY_WEBHOOK_SECRET: 'a-webhook-secret-0123',
  PREVIEW_SECRET: 'p'.repeat(32),
  SITE_URL: 'http://localhost:3000/',
}

describe('parseServerEnv', () => {
  it('parses a complete environment', () => {
    expect(parseServerEnv(complete)).toMatchObject({
      SANITY_PROJECT_ID: 'local',
      REVIEW_PUBLIC_KEYS: {'key-1': expect.stringContaining('PUBLIC KEY')},
      SITE_URL: 'http://localhost:3000',
    })
  })

  it('lets SANITY_API_HOST be unset (hosted Sanity)', () => {
    const {SANITY_API_HOST: _unset, ...hosted} = complete
    expect(parseServerEnv(hosted).SANITY_API_HOST).toBeUndefined()
  })

  it('names every missing variable and what it should hold', () => {
    const {SANITY_READ_TOKEN: _a, PREVIEW_SECRET: _b, ...partial} = complete
    expect(() => parseServerEnv(partial)).toThrow(EnvError)
    expect(() => parseServerEnv(partial)).toThrow(
      /SANITY_READ_TOKEN is missing: set it to a viewer token/,
    )
    expect(() => parseServerEnv(partial)).toThrow(/PREVIEW_SECRET is missing/)
  })

  it('treats an empty value as missing, not as a value', () => {
    expect(() => parseServerEnv({...complete, SANITY_READ_TOKEN: ''})).toThrow(
      /SANITY_READ_TOKEN is missing/,
    )
  })

  it('says when REVIEW_PUBLIC_KEYS is not JSON', () => {
    expect(() => parseServerEnv({...complete, REVIEW_PUBLIC_KEYS: '{nope'})).toThrow(
      /REVIEW_PUBLIC_KEYS is not valid JSON/,
    )
  })

  it('refuses an empty key list: nothing could be trusted', () => {
    expect(() => parseServerEnv({...complete, REVIEW_PUBLIC_KEYS: '{}'})).toThrow(
      /REVIEW_PUBLIC_KEYS must name at least one key/,
    )
  })

  it('refuses a short preview secret', () => {
    expect(() => parseServerEnv({...complete, PREVIEW_SECRET: 'short'})).toThrow(
      /PREVIEW_SECRET must be at least 32 characters/,
    )
  })
})
