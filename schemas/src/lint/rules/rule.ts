import type {TextBlock} from '../portableText.ts'
import type {LintContext, LintRuleId} from '../types.ts'

/** A finding before `lintBlocks` adds the block key, severity and quoted text. */
export type RuleFinding = {
  ruleId: LintRuleId
  start: number
  end: number
  message: string
  spanKey?: string
}

export type LintRule = (block: TextBlock, context: LintContext) => RuleFinding[]

/** Pattern and the advice shown when it matches. */
export type Phrase = {pattern: RegExp; message: string}
