import {randomBytes} from 'node:crypto'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {z} from 'zod'
import {roleNames, type RoleName} from './roles.ts'

export interface LakeUser {
  id: string
  name: string
  role: RoleName
  email: string | null
  robot: boolean
  token: string
}

export class UsersFileError extends Error {
  override name = 'UsersFileError'
}

const userEntrySchema = z.object({
  id: z
    .string()
    .regex(
      /^[A-Za-z0-9_-]+$/,
      'ids may only hold letters, digits, "-" and "_" (e.g. "pMayaOkafor")',
    ),
  name: z.string().min(1),
  role: z.enum(roleNames),
  email: z.string().optional(),
  robot: z.boolean().optional(),
})
const usersFileSchema = z.array(userEntrySchema).min(1, 'the file lists no users')

const issuedTokenSchema = z.array(z.object({id: z.string(), token: z.string().min(32)}))

/** Where the lake records the tokens it issued, so they survive restarts. */
export const issuedUsersFile = (dataDir: string) => path.join(dataDir, 'demo-users.json')

function readJson(file: string, what: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new UsersFileError(`Cannot read ${what} ${file}: ${reason}`)
  }
}

function parseUsersFile(file: string) {
  if (!existsSync(file))
    throw new UsersFileError(
      `Users file ${file} does not exist: pass --users FILE with a JSON array of {id, name, role}`,
    )
  const parsed = usersFileSchema.safeParse(readJson(file, 'users file'))
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue ? issue.path.join('.') : ''
    throw new UsersFileError(
      `Users file ${file} is invalid at [${where}]: ${issue?.message ?? 'unknown problem'}. ` +
        `Each entry needs {id, name, role: ${roleNames.join('|')}, email?, robot?}.`,
    )
  }
  const ids = new Set<string>()
  for (const user of parsed.data) {
    if (ids.has(user.id)) throw new UsersFileError(`Users file ${file} lists "${user.id}" twice`)
    ids.add(user.id)
  }
  return parsed.data
}

function previouslyIssuedTokens(dataDir: string): Map<string, string> {
  const file = issuedUsersFile(dataDir)
  if (!existsSync(file)) return new Map()
  const parsed = issuedTokenSchema.safeParse(readJson(file, 'issued tokens'))
  if (!parsed.success)
    throw new UsersFileError(
      `${file} is not a list of {id, token}: delete it to issue fresh tokens for every user`,
    )
  return new Map(parsed.data.map((entry) => [entry.id, entry.token]))
}

const newToken = () => `sk${randomBytes(30).toString('base64url')}`

/**
 * The lake's users: who they are comes from the users file, their tokens are made on first
 * start and written to DATA/demo-users.json as [{id, name, role, token}], then reused.
 */
export function loadUsers(usersFile: string, dataDir: string): LakeUser[] {
  const entries = parseUsersFile(usersFile)
  const tokens = previouslyIssuedTokens(dataDir)
  const users = entries.map((entry) => ({
    id: entry.id,
    name: entry.name,
    role: entry.role,
    email: entry.email ?? null,
    robot: entry.robot ?? false,
    token: tokens.get(entry.id) ?? newToken(),
  }))
  const issued = users.map(({id, name, role, token}) => ({id, name, role, token}))
  mkdirSync(dataDir, {recursive: true})
  writeFileSync(issuedUsersFile(dataDir), `${JSON.stringify(issued, null, 2)}\n`, {mode: 0o600})
  return users
}
