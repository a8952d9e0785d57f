import {describe, expect, it} from 'vitest'
import {parseServerEnv} from '../../../web/src/envSchema.ts'
import {parseServiceConfig, ServiceConfigError} from '../../../web/src/review/service/config.ts'

const complete = {
  SANITY_PROJECT_ID: 'local',
  SANITY_DATASET: 'production',
  SANITY_API_HOST: 'http://127.0.0.1:4001',
  SANITY_PUBLISHER_TOKEN: 'robot-token',
  REVIEW_SIGNING_KEY: '-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----\n',
  REVIEW_SIGNING_KEY_ID: 'key-1',
  REVIEW_PUBLIC_KEYS: JSON.stringify({
    'key-1': '-----BEGIN PUBLIC KEY-----\nabc\n-----END PUBLIC KEY-----\n',
  }),
}

/** The variables only the site reads, so the site parses `complete` too. */
const siteOnly = {
  SANITY_READ_TOKEN: 'sk-viewer',
  SANITY_WEBHOOK_SECRET: 'a-webhook-secret-0123',
  PREVIEW_SECRET: 'p'.repeat(32),
  SITE_URL: 'http://localhost:3000',
}

describe('the service configuration', () => {
  it('reads a complete environment, with the local Studio as the default CORS origin', () => {
    expect(parseServiceConfig(complete)).toMatchObject({
      apiHost: 'http://127.0.0.1:4001',
      signingKeyId: 'key-1',
      allowedOrigins: ['https://localhost:4000'],
    })
  })

  it('names a missing variable', () => {
    const {SANITY_PUBLISHER_TOKEN: _missing, ...rest} = complete
    expect(() => parseServiceConfig(rest)).toThrow(ServiceConfigError)
    expect(() => parseServiceConfig(rest)).toThrow(
      /SANITY_PUBLISHER_TOKEN is missing: set it to the publisher robot's editor token/,
    )
    expect(() => parseServiceConfig(rest)).toThrow(/see web\/\.env\.example/)
  })

  it('treats an empty value as missing, as the site does', () => {
    expect(() => parseServiceConfig({...complete, SANITY_PUBLISHER_TOKEN: ''})).toThrow(
      /SANITY_PUBLISHER_TOKEN is missing/,
    )
  })

  it("holds a variable it shares with the site to the site's rule", () => {
    const env = {...complete, SANITY_PROJECT_ID: 'My Project'}
    expect(() => parseServiceConfig(env)).toThrow(
      /SANITY_PROJECT_ID must be lowercase letters, digits or -/,
    )
    expect(() => parseServerEnv({...siteOnly, ...env})).toThrow(
      /SANITY_PROJECT_ID must be lowercase letters, digits or -/,
    )
  })

  it('says when REVIEW_PUBLIC_KEYS is not JSON and what it should hold', () => {
    expect(() => parseServiceConfig({...complete, REVIEW_PUBLIC_KEYS: '{nope'})).toThrow(
      /REVIEW_PUBLIC_KEYS is not valid JSON: set it to a JSON object mapping review key id/,
    )
  })

  it('refuses a signing key whose public key is not listed: its records would never verify', () => {
    expect(() => parseServiceConfig({...complete, REVIEW_SIGNING_KEY_ID: 'key-2'})).toThrow(
      ServiceConfigError,
    )
  })

  it('takes several Studio origins', () => {
    const config = parseServiceConfig({
      ...complete,
      STUDIO_ORIGIN: 'https://a.test, https://b.test/',
    })
    expect(config.allowedOrigins).toEqual(['https://a.test', 'https://b.test'])
  })
})
