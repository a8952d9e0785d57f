import {existsSync, readFileSync} from 'node:fs'
import {z} from 'zod'
import {parseExpression} from '../query/documentFilter.ts'

export const operations = ['create', 'update', 'delete'] as const
export type Operation = (typeof operations)[number]

const webhookSchema = z.object({
  name: z.string().min(1),
  url: z.url({protocol: /^https?$/, error: 'must be an http(s) URL'}),
  /** A GROQ filter, e.g. `_type == "article"`; may use before() and after(). Absent: every document. */
  filter: z.string().optional(),
  /** A GROQ projection for the body, e.g. `{_id, "slug": slug.current}`. Absent: the document. */
  projection: z.string().optional(),
  on: z
    .array(z.enum(operations))
    .min(1)
    .default([...operations]),
  /** Signs each delivery (`sanity-webhook-signature`), as @sanity/webhook verifies it. */
  secret: z.string().min(1).optional(),
  /** Like Sanity's "Trigger on drafts": off by default, so only published changes are sent. */
  includeDrafts: z.boolean().default(false),
  headers: z.record(z.string(), z.string()).default({}),
})

export type WebhookConfig = z.infer<typeof webhookSchema>

export class WebhookConfigError extends Error {
  override name = 'WebhookConfigError'
}

/** Reads the webhooks file (a JSON array); a missing optional file means no webhooks. */
export function loadWebhooks(file: string, required: boolean): WebhookConfig[] {
  if (!existsSync(file)) {
    if (required) throw new WebhookConfigError(`Webhooks file ${file} does not exist`)
    return []
  }
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new WebhookConfigError(
      `Webhooks file ${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
  const parsed = z.array(webhookSchema).safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new WebhookConfigError(
      `Webhooks file ${file} is invalid at [${issue?.path.join('.') ?? ''}]: ${issue?.message ?? ''}. ` +
        `Each entry is {name, url, filter?, projection?, on?: ["create"|"update"|"delete"], secret?}.`,
    )
  }
  for (const hook of parsed.data) {
    for (const [what, groq] of [
      ['filter', hook.filter],
      ['projection', hook.projection],
    ] as const) {
      if (groq === undefined) continue
      try {
        parseExpression(groq)
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        throw new WebhookConfigError(`Webhook "${hook.name}" has an invalid ${what}: ${reason}`)
      }
    }
  }
  return parsed.data
}
