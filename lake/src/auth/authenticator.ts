import {randomBytes, timingSafeEqual} from 'node:crypto'
import {LakeError} from '../errors.ts'
import type {LakeUser} from './users.ts'

/** A login hands the Studio a session id; it trades it once for the token, within this time. */
const sidLifetimeMs = 5 * 60 * 1000

export interface Authenticator {
  readonly users: readonly LakeUser[]
  /** The caller behind an `Authorization` header: null when absent; 401 when not one of ours. */
  userFromHeader(authorization: string | undefined): LakeUser | null
  user(id: string): LakeUser | undefined
  /** A one-time session id (≥ 20 characters) standing for `userId`'s token. */
  issueSid(userId: string): string
  /** The token for a session id, once; undefined when unknown or expired. */
  redeemSid(sid: string): string | undefined
}

export const unauthorized = (message: string) =>
  new LakeError({status: 401, type: 'unauthorizedError', description: message})

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

export function createAuthenticator(users: readonly LakeUser[]): Authenticator {
  const sids = new Map<string, {userId: string; expiresAt: number}>()
  const byId = new Map(users.map((user) => [user.id, user]))

  return {
    users,
    user: (id) => byId.get(id),
    userFromHeader(authorization) {
      if (!authorization) return null
      const match = /^Bearer\s+(.+)$/i.exec(authorization.trim())
      const token = match?.[1]?.trim()
      if (!token)
        throw unauthorized('Malformed Authorization header: send "Authorization: Bearer <token>"')
      const user = users.find((candidate) => sameSecret(candidate.token, token))
      if (!user)
        throw unauthorized(
          'Session not found: the token is not one this lake issued (see demo-users.json in its data folder)',
        )
      return user
    },
    issueSid(userId) {
      const now = Date.now()
      for (const [sid, entry] of sids) if (entry.expiresAt < now) sids.delete(sid)
      const sid = randomBytes(24).toString('base64url')
      sids.set(sid, {userId, expiresAt: now + sidLifetimeMs})
      return sid
    },
    redeemSid(sid) {
      const entry = sids.get(sid)
      sids.delete(sid)
      if (!entry || entry.expiresAt < Date.now()) return undefined
      return byId.get(entry.userId)?.token
    },
  }
}
