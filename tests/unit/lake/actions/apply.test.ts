import {describe, expect, it} from 'vitest'
import {unhandledAction} from '../../../../lake/src/actions/apply.ts'
import {LakeError} from '../../../../lake/src/errors.ts'

describe('an action type that parses but has no handler', () => {
  // Only reachable if parse and apply drift apart; the `never` parameter makes it a type error.
  const future = {actionType: 'sanity.action.document.future'} as never

  it('is refused with a lake error naming the action type, not silently ignored', () => {
    let thrown: unknown
    try {
      unhandledAction(future)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(LakeError)
    expect(thrown).toMatchObject({
      status: 500,
      type: 'internalError',
      details: {actionType: 'sanity.action.document.future'},
    })
    expect((thrown as LakeError).description).toMatch(
      /"sanity\.action\.document\.future" was accepted but has no handler.*lake\/src\/actions\/apply\.ts/,
    )
  })
})
