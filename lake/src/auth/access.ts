import {insufficientPermissions, LakeError} from '../errors.ts'
import {expressionFilter} from '../query/documentFilter.ts'
import type {Authorize, SanityDocument} from '../store/types.ts'
import {grantsForRole, type Grant, type Permission} from './roles.ts'
import type {LakeUser} from './users.ts'

/**
 * What one caller may do, decided per document by the grant filters of their role, evaluated
 * with groq-js exactly as the Studio evaluates them (`identity()` is the user id).
 */
export interface Access {
  user: LakeUser | null
  grants: Grant[]
  can(permission: Permission, doc: {_id: string}): boolean
  /** The store calls this for every document a write would change, before anything is written. */
  authorize: Authorize
  /** Refuses (403) unless some grant gives `permission` on some document. */
  requireSomewhere(permission: Permission): void
}

export function accessFor(user: LakeUser | null): Access {
  const grants = grantsForRole(user?.role ?? null)
  const identity = user?.id
  const can = (permission: Permission, doc: {_id: string}) =>
    grants.some(
      (grant) =>
        grant.permissions.includes(permission) &&
        expressionFilter(grant.filter).matchesNow(doc, {identity}),
    )
  const require = (permission: Permission, doc: SanityDocument) => {
    if (!can(permission, doc)) throw insufficientPermissions(permission, doc._id)
  }

  return {
    user,
    grants,
    can,
    authorize({before, after}) {
      if (before && after) {
        require('update', before)
        require('update', after)
      } else if (after) require('create', after)
      else if (before) require('update', before)
    },
    requireSomewhere(permission) {
      if (grants.some((grant) => grant.permissions.includes(permission))) return
      throw new LakeError({
        status: user ? 403 : 401,
        type: 'insufficientPermissionsError',
        description: user
          ? `Insufficient permissions; permission "${permission}" required`
          : `Insufficient permissions; permission "${permission}" required: send a token (Authorization: Bearer …)`,
        details: {permission},
      })
    },
  }
}
