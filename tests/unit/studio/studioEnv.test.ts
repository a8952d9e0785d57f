import {describe, expect, it} from 'vitest'
import {resolveStudioApiTarget, StudioConfigError} from '../../../studio/studioEnv.ts'

describe('where the Studio sends its API calls', () => {
  it('uses the local lake when no project is configured', () => {
    expect(resolveStudioApiTarget({})).toEqual({
      projectId: 'local',
      dataset: 'production',
      apiHost: 'https://localhost:4000',
      localLake: true,
    })
  })

  it('treats empty variables as unset and honours a local API host', () => {
    expect(
      resolveStudioApiTarget({
        SANITY_STUDIO_PROJECT_ID: '',
        SANITY_STUDIO_API_HOST: 'https://localhost:4400',
      }),
    ).toMatchObject({projectId: 'local', apiHost: 'https://localhost:4400', localLake: true})
  })

  it('uses a hosted project with Sanity’s own API host', () => {
    expect(
      resolveStudioApiTarget({
        SANITY_STUDIO_PROJECT_ID: 'abc123xy',
        SANITY_STUDIO_DATASET: 'staging',
      }),
    ).toEqual({projectId: 'abc123xy', dataset: 'staging', apiHost: undefined, localLake: false})
  })

  it('refuses a hosted project without a dataset, naming the variable', () => {
    expect(() => resolveStudioApiTarget({SANITY_STUDIO_PROJECT_ID: 'abc123xy'})).toThrow(
      /SANITY_STUDIO_DATASET is not/,
    )
  })

  it('refuses malformed values with what to use instead', () => {
    expect(() => resolveStudioApiTarget({SANITY_STUDIO_API_HOST: 'localhost:4000'})).toThrow(
      StudioConfigError,
    )
    expect(() => resolveStudioApiTarget({SANITY_STUDIO_DATASET: 'Production!'})).toThrow(
      /SANITY_STUDIO_DATASET: dataset names are lowercase/,
    )
  })
})
