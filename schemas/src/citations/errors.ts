export type ReferenceParseFailureReason =
  'not-text' | 'empty' | 'several-references' | 'unrecognised'

/** Why a pasted reference could not be read, phrased for the editor who pasted it. */
export class ReferenceParseError extends Error {
  override readonly name = 'ReferenceParseError'
  readonly reason: ReferenceParseFailureReason
  readonly input: string

  constructor(reason: ReferenceParseFailureReason, input: string, message: string) {
    super(message)
    this.reason = reason
    this.input = input
  }
}
