import {describe, expect, it} from 'vitest'
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
    expect(() => parseServiceConfig(rest)).toThrow(/SANITY_PUBLISHER_TOKEN/)
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
