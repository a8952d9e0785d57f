import {z} from 'zod'
import {SeedConsistencyError} from './errors.ts'

const demoUserSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]+$/),
  name: z.string().min(1),
  role: z.enum(['administrator', 'editor', 'contributor', 'viewer']),
  email: z.string().optional(),
  personId: z.string().optional(),
  robot: z.boolean().optional(),
})
export type DemoUser = z.infer<typeof demoUserSchema>

/** Parses scripts/demoUsers.json (the lake's `--users` file), which the people must match. */
export function parseDemoUsers(value: unknown): DemoUser[] {
  const result = z.array(demoUserSchema).safeParse(value)
  if (!result.success) {
    throw new SeedConsistencyError(
      `scripts/demoUsers.json does not have the expected shape: ${z.prettifyError(result.error)}. Each entry needs id, name and role (administrator, editor, contributor or viewer); people also carry personId.`,
    )
  }
  return result.data
}
